// Side-by-side (SxS) and component-store codes, signature/trust codes and network codes that
// servicing and Windows Update print. ERROR_SXS_* and STATUS_SXS_* share entries.
// Written by this project.

export const WIN32_MORE_EXPLANATIONS = `
@ ERROR_SXS_COMPONENT_STORE_CORRUPT STATUS_SXS_COMPONENT_STORE_CORRUPT 0x80073712
~ WinSxS no longer matches its own records
= CSI, the layer below CBS that owns C:\\Windows\\WinSxS and the COMPONENTS hive, found that the store no longer
  matches its own records: a manifest, payload file or registry entry is missing or wrong. Updates, features
  and SFC cannot proceed until it is repaired.
- Interrupted updates, power loss during servicing, disk errors
- Files deleted from WinSxS by cleanup tools or by hand
> Run DISM /Online /Cleanup-Image /ScanHealth, then /RestoreHealth (add /Source with matching media if needed)
> Read the "(p)" lines of the DISM summary in CBS.log to see which components are damaged
> If RestoreHealth cannot fix it, do an in-place upgrade with media of the same version

@ ERROR_SXS_ASSEMBLY_NOT_FOUND STATUS_SXS_ASSEMBLY_NOT_FOUND ERROR_SXS_ASSEMBLY_MISSING STATUS_SXS_ASSEMBLY_MISSING 0x800736B3
~ A component (assembly) the operation needs is not in the store
= A component referenced by the package being installed, or by an installed package, cannot be found in
  WinSxS. CSI lines name it ("originated in function ..." with the component identity).
- An earlier update that failed or was partly removed; cleanup that removed a still-needed component
- A package that depends on a component from an update that is not installed
> Find the component identity in the CSI "(F)" lines and the KB that owns it
> Install that update, or run DISM /RestoreHealth with a matching source
> In-place upgrade if the store cannot be made consistent

@ ERROR_SXS_FILE_HASH_MISMATCH STATUS_SXS_FILE_HASH_MISMATCH ERROR_SXS_FILE_HASH_MISSING STATUS_SXS_FILE_HASH_MISSING
~ File content in WinSxS fails its manifest hash check
= Every file in the component store has a hash recorded in its manifest. The file on disk differs (or the hash
  is missing), so CSI treats it as corrupt.
- File modified by a third-party tool, a theme patcher or malware
- Disk errors or a failed update leaving a partial file
> Run SFC /scannow and DISM /RestoreHealth; check the "[SR] Cannot repair member file" lines for the file
> Look for tools that patch system files (UI customisers, old antivirus) and remove them

@ ERROR_SXS_IDENTITY_PARSE_ERROR STATUS_SXS_IDENTITY_PARSE_ERROR ERROR_SXS_INVALID_IDENTITY_ATTRIBUTE_VALUE STATUS_SXS_INVALID_IDENTITY_ATTRIBUTE_VALUE ERROR_SXS_INVALID_IDENTITY_ATTRIBUTE_NAME STATUS_SXS_INVALID_IDENTITY_ATTRIBUTE_NAME ERROR_SXS_IDENTITY_DUPLICATE_ATTRIBUTE STATUS_SXS_IDENTITY_DUPLICATE_ATTRIBUTE ERROR_SXS_MISSING_ASSEMBLY_IDENTITY_ATTRIBUTE ERROR_SXS_INVALID_ASSEMBLY_IDENTITY_ATTRIBUTE ERROR_SXS_INVALID_ASSEMBLY_IDENTITY_ATTRIBUTE_NAME ERROR_SXS_INCORRECT_PUBLIC_KEY_TOKEN
~ A component identity string is malformed
= Components are identified by name, version, architecture, language and public key token. An identity in a
  manifest, in the COMPONENTS hive or in a package could not be parsed or has an invalid attribute.
- Damaged entries in the COMPONENTS hive or damaged manifests
- Packages built incorrectly or modified
> Treat as store corruption: DISM /ScanHealth then /RestoreHealth
> If the identity comes from a package being added, re-download that package

@ ERROR_SXS_MANIFEST_FORMAT_ERROR STATUS_SXS_MANIFEST_FORMAT_ERROR ERROR_SXS_MANIFEST_PARSE_ERROR STATUS_SXS_MANIFEST_PARSE_ERROR ERROR_SXS_MANIFEST_TOO_BIG STATUS_SXS_MANIFEST_TOO_BIG ERROR_SXS_POLICY_PARSE_ERROR ERROR_SXS_INVALID_XML_NAMESPACE_URI ERROR_SXS_MANIFEST_MISSING_REQUIRED_DEFAULT_NAMESPACE ERROR_SXS_MANIFEST_INVALID_REQUIRED_DEFAULT_NAMESPACE ERROR_SXS_UNKNOWN_ENCODING ERROR_SXS_UNKNOWN_ENCODING_GROUP
~ A component manifest is malformed
= A manifest in WinSxS\\Manifests (or in a package, or an application's side-by-side manifest) breaks the
  manifest format: bad XML, wrong namespace or encoding, or too large.
- Damaged or zero-filled manifests after a crash; manifests edited by hand
- For applications: a broken application manifest (the Application log shows SideBySide errors)
> For servicing, DISM /RestoreHealth replaces damaged manifests
> For an application, reinstall it or its Visual C++ runtime

@ ERROR_SXS_XML_E_MISSINGQUOTE ERROR_SXS_XML_E_COMMENTSYNTAX ERROR_SXS_XML_E_BADSTARTNAMECHAR ERROR_SXS_XML_E_BADNAMECHAR ERROR_SXS_XML_E_BADCHARINSTRING ERROR_SXS_XML_E_XMLDECLSYNTAX ERROR_SXS_XML_E_BADCHARDATA ERROR_SXS_XML_E_MISSINGWHITESPACE ERROR_SXS_XML_E_EXPECTINGTAGEND ERROR_SXS_XML_E_MISSINGSEMICOLON ERROR_SXS_XML_E_UNBALANCEDPAREN ERROR_SXS_XML_E_INTERNALERROR ERROR_SXS_XML_E_UNEXPECTED_WHITESPACE ERROR_SXS_XML_E_INCOMPLETE_ENCODING ERROR_SXS_XML_E_MISSING_PAREN ERROR_SXS_XML_E_EXPECTINGCLOSEQUOTE ERROR_SXS_XML_E_MULTIPLE_COLONS ERROR_SXS_XML_E_INVALID_DECIMAL ERROR_SXS_XML_E_INVALID_HEXIDECIMAL ERROR_SXS_XML_E_INVALID_UNICODE ERROR_SXS_XML_E_WHITESPACEORQUESTIONMARK ERROR_SXS_XML_E_UNEXPECTEDENDTAG ERROR_SXS_XML_E_UNCLOSEDTAG ERROR_SXS_XML_E_DUPLICATEATTRIBUTE ERROR_SXS_XML_E_MULTIPLEROOTS ERROR_SXS_XML_E_INVALIDATROOTLEVEL ERROR_SXS_XML_E_BADXMLDECL ERROR_SXS_XML_E_MISSINGROOT ERROR_SXS_XML_E_UNEXPECTEDEOF ERROR_SXS_XML_E_BADPEREFINSUBSET ERROR_SXS_XML_E_UNCLOSEDSTARTTAG ERROR_SXS_XML_E_UNCLOSEDENDTAG ERROR_SXS_XML_E_UNCLOSEDSTRING ERROR_SXS_XML_E_UNCLOSEDCOMMENT ERROR_SXS_XML_E_UNCLOSEDDECL ERROR_SXS_XML_E_UNCLOSEDCDATA ERROR_SXS_XML_E_RESERVEDNAMESPACE ERROR_SXS_XML_E_INVALIDENCODING ERROR_SXS_XML_E_INVALIDSWITCH ERROR_SXS_XML_E_BADXMLCASE ERROR_SXS_XML_E_INVALID_STANDALONE ERROR_SXS_XML_E_UNEXPECTED_STANDALONE ERROR_SXS_XML_E_INVALID_VERSION ERROR_SXS_XML_E_MISSINGEQUALS
~ A side-by-side manifest has an XML syntax error
= The manifest parser of the side-by-side loader stopped at a specific XML syntax problem (the name says
  which: missing quote, unclosed tag, unexpected end of file ...).
- A truncated or damaged manifest (an unexpected end of file usually means truncation)
- An application shipping a hand-written manifest with a typo
> Find the manifest path in the log or in the Application log's SideBySide events
> Store manifests: DISM /RestoreHealth; application manifests: reinstall the application

@ ERROR_SXS_TRANSACTION_CLOSURE_INCOMPLETE STATUS_SXS_TRANSACTION_CLOSURE_INCOMPLETE ERROR_SXS_ROOT_MANIFEST_DEPENDENCY_NOT_INSTALLED ERROR_SXS_LEAF_MANIFEST_DEPENDENCY_NOT_INSTALLED
~ A dependency of the servicing transaction is missing
= A servicing transaction must contain or find every component its members depend on. Some dependency is
  neither in the transaction nor installed.
- Installing an update whose prerequisite update is missing
- Store corruption that lost an installed dependency
> Install the prerequisite (servicing stack or earlier cumulative update) and retry
> Run DISM /RestoreHealth if the dependency should already be installed

@ ERROR_SXS_MANIFEST_IDENTITY_SAME_BUT_CONTENTS_DIFFERENT STATUS_SXS_MANIFEST_IDENTITY_SAME_BUT_CONTENTS_DIFFERENT ERROR_SXS_IDENTITIES_DIFFERENT STATUS_SXS_IDENTITIES_DIFFERENT ERROR_SXS_DUPLICATE_ASSEMBLY_NAME
~ Two copies of a component with the same identity differ
= The store already has a component with this identity, but the manifest being installed has different
  contents, or identities that should match do not.
- Mixed packages from different builds, or a rebuilt package reusing a version number
- Store corruption in the existing copy
> Re-download the update from the Catalog; run DISM /RestoreHealth if the installed copy is damaged

@ ERROR_SXS_FILE_NOT_PART_OF_ASSEMBLY STATUS_SXS_FILE_NOT_PART_OF_ASSEMBLY ERROR_SXS_ASSEMBLY_IS_NOT_A_DEPLOYMENT STATUS_SXS_ASSEMBLY_IS_NOT_A_DEPLOYMENT ERROR_SXS_SETTING_NOT_REGISTERED STATUS_SXS_SETTING_NOT_REGISTERED ERROR_SXS_ASSEMBLY_NOT_LOCKED ERROR_SXS_CORRUPTION STATUS_SXS_CORRUPTION ERROR_SXS_PROTECTION_RECOVERY_FAILED ERROR_SXS_PROTECTION_CATALOG_NOT_VALID ERROR_SXS_PROTECTION_CATALOG_FILE_MISSING ERROR_SXS_PROTECTION_PUBLIC_KEY_TOO_SHORT
~ The component store's bookkeeping is inconsistent
= CSI found a mismatch between what a component claims and what the store holds: a file that does not belong
  to the component, a component that is not a deployment, an unregistered setting, or a protection catalog
  that is missing or invalid.
- Store corruption from interrupted updates or disk errors
- Catalog (.cat) files deleted or damaged in C:\\Windows\\System32\\CatRoot or WinSxS
> DISM /Online /Cleanup-Image /RestoreHealth, then SFC /scannow
> If catalogs are involved, check the Cryptographic Services service and the CatRoot2 folder

@ ERROR_SXS_SECTION_NOT_FOUND STATUS_SXS_SECTION_NOT_FOUND ERROR_SXS_CANT_GEN_ACTCTX STATUS_SXS_CANT_GEN_ACTCTX ERROR_SXS_INVALID_ACTCTXDATA_FORMAT STATUS_SXS_INVALID_ACTCTXDATA_FORMAT ERROR_SXS_KEY_NOT_FOUND STATUS_SXS_KEY_NOT_FOUND ERROR_SXS_VERSION_CONFLICT STATUS_SXS_VERSION_CONFLICT ERROR_SXS_WRONG_SECTION_TYPE STATUS_SXS_WRONG_SECTION_TYPE ERROR_SXS_ACTIVATION_CONTEXT_DISABLED STATUS_SXS_ACTIVATION_CONTEXT_DISABLED ERROR_SXS_THREAD_QUERIES_DISABLED STATUS_SXS_THREAD_QUERIES_DISABLED ERROR_SXS_PROCESS_DEFAULT_ALREADY_SET STATUS_SXS_PROCESS_DEFAULT_ALREADY_SET ERROR_SXS_SYSTEM_DEFAULT_ACTIVATION_CONTEXT_EMPTY STATUS_SXS_SYSTEM_DEFAULT_ACTIVATION_CONTEXT_EMPTY ERROR_SXS_DUPLICATE_DLL_NAME ERROR_SXS_DUPLICATE_WINDOWCLASS_NAME ERROR_SXS_DUPLICATE_CLSID ERROR_SXS_DUPLICATE_IID ERROR_SXS_DUPLICATE_TLBID ERROR_SXS_DUPLICATE_PROGID ERROR_SXS_PRIVATE_MANIFEST_CROSS_PATH_WITH_REPARSE_POINT ERROR_SXS_UNTRANSLATABLE_HRESULT
~ An application's side-by-side (activation context) setup failed
= These come from the side-by-side loader when a program starts: it could not build the activation context
  from the program's manifests (a dependency version is missing, two entries conflict, a section is absent).
  They concern applications rather than the servicing of Windows itself.
- A missing or wrong Visual C++ / common-controls runtime version
- A faulty application manifest
> Check the Application log for SideBySide events (sxstrace can trace the failure)
> Reinstall the application or the runtime it needs

@ ERROR_SXS_CORRUPT_ACTIVATION_STACK STATUS_SXS_CORRUPT_ACTIVATION_STACK ERROR_SXS_EARLY_DEACTIVATION STATUS_SXS_EARLY_DEACTIVATION ERROR_SXS_INVALID_DEACTIVATION STATUS_SXS_INVALID_DEACTIVATION ERROR_SXS_MULTIPLE_DEACTIVATION STATUS_SXS_MULTIPLE_DEACTIVATION ERROR_SXS_PROCESS_TERMINATION_REQUESTED STATUS_SXS_PROCESS_TERMINATION_REQUESTED ERROR_SXS_RELEASE_ACTIVATION_CONTEXT STATUS_SXS_RELEASE_ACTIVATION_CONTEXT
~ A program misused side-by-side activation contexts
= Programming errors in the use of activation contexts inside a process (deactivating in the wrong order,
  twice, or with a damaged stack). Not related to the component store.
- A bug in the application or an injected DLL
> Update or reinstall the application; look for third-party DLLs injected into the process

@ TRUST_E_NOSIGNATURE TRUST_E_SUBJECT_FORM_UNKNOWN TRUST_E_PROVIDER_UNKNOWN
~ The file has no signature that Windows can check
= Signature verification found no signature (or no verifier for this file type). For drivers, updates and
  catalogs this usually means the catalog that signs the file is missing.
- Catalog (.cat) files missing or not registered (CatRoot damage)
- A file replaced by an unsigned copy
> Check that Cryptographic Services is running; rebuild CatRoot2 (stop cryptsvc, rename the folder, start)
> For drivers, install the full driver package including its .cat file

@ TRUST_E_BAD_DIGEST CRYPT_E_HASH_VALUE TRUST_E_CERT_SIGNATURE
~ The file's content does not match its signature
= The signature exists but the file's hash (or the certificate's signature) does not verify: the file was
  changed or damaged after signing.
- Corrupted download or disk errors
- Files modified by third-party tools
> Re-download or re-copy the file; check the disk; run SFC /scannow for system files

@ CERT_E_EXPIRED CERT_E_REVOKED CERT_E_CHAINING CERT_E_UNTRUSTEDROOT TRUST_E_EXPLICIT_DISTRUST TRUST_E_SUBJECT_NOT_TRUSTED TRUST_E_TIME_STAMP 0x800B0109
~ The signing certificate is not trusted here
= The signature is intact but its certificate chain fails: it does not lead to a trusted root, a certificate
  is expired or revoked, or the publisher is explicitly distrusted. In setupapi.dev.log a "(0x800b0109)"
  against a specific catalog followed by "user trusts signer" is a warning, not a failure.
- Root certificates not updated (offline machines, disabled root update)
- Test-signed or self-signed drivers; expired code-signing certificates without a timestamp
> Check the certificate chain of the file (Properties > Digital Signatures) and the root store
> On offline machines, update the trusted root certificates; for test-signed drivers, use a signed build

@ CRYPT_E_NOT_FOUND CRYPT_E_FILE_ERROR CRYPT_E_SECURITY_SETTINGS CRYPT_E_NO_REVOCATION_CHECK CRYPT_E_REVOCATION_OFFLINE
~ A cryptography lookup or check could not be completed
= The crypto layer did not find the certificate or object it looked for, could not read a file, or could not
  check revocation. Windows Update logs CRYPT_E_NOT_FOUND routinely when a device has no token of a kind.
- Optional certificates/tokens absent (benign in WindowsUpdate.log)
- Revocation servers unreachable (proxy, offline)
- Damaged catalog files or CatRoot
> If the operation continues, ignore it; otherwise check connectivity to revocation endpoints and CatRoot2

@ ERROR_WINHTTP_NAME_NOT_RESOLVED ERROR_INTERNET_NAME_NOT_RESOLVED WININET_E_NAME_NOT_RESOLVED 0x80072EE7
~ DNS could not turn the server's host name into an address
= WinHTTP/WinINet error 12007: the host name of the server could not be resolved. For Windows Update and
  Setup this is almost always DNS or proxy configuration.
- No DNS, an internal DNS that cannot resolve Microsoft endpoints, or the machine offline
- Proxy required but not configured for SYSTEM (netsh winhttp show proxy)
> Test name resolution of the host in the log (nslookup) from the machine
> Check netsh winhttp show proxy and any PAC/WPAD setup used by services

@ ERROR_WINHTTP_TIMEOUT ERROR_INTERNET_TIMEOUT 0x80072EE2
~ The server did not answer in time
= WinHTTP/WinINet error 12002: the server did not answer in time.
- Firewall or proxy silently dropping traffic; slow or overloaded WSUS / proxy
> Check reachability of the endpoint and proxy settings for SYSTEM; look at firewall logs

@ ERROR_WINHTTP_CANNOT_CONNECT ERROR_INTERNET_CANNOT_CONNECT ERROR_WINHTTP_CONNECTION_ERROR ERROR_INTERNET_CONNECTION_ABORTED ERROR_INTERNET_CONNECTION_RESET 0x80072EFD 0x80072EFE
~ The connection to the server failed or was cut off
= WinHTTP/WinINet errors 12029-12031: the TCP connection could not be made or was aborted or reset.
- Firewall, proxy or SSL inspection device closing connections
- WSUS server down or its port blocked
> Test the URL from the log with the same proxy settings as SYSTEM; check firewall and proxy logs

@ ERROR_WINHTTP_SECURE_FAILURE ERROR_WINHTTP_SECURE_CERT_REV_FAILED ERROR_INTERNET_SEC_CERT_REV_FAILED 0x80072F8F
~ The TLS (HTTPS) connection could not be validated
= WinHTTP error 12175 (12057 for revocation): the server's certificate or the TLS handshake failed checks.
  Often retried by Windows Update ("will retry").
- Wrong system clock; missing root certificates; SSL inspection proxies with an untrusted certificate
- TLS versions or cipher suites disabled by hardening
> Check the date/time, the root certificate store and whether a proxy re-signs HTTPS traffic

@ ERROR_WINHTTP_INVALID_SERVER_RESPONSE
~ The server's response could not be understood
= The HTTP response was malformed or not what the client expected, typically because a proxy or captive
  portal answered instead of the real server.
- Proxies or filters rewriting responses; captive portals
> Test the endpoint from the machine; bypass the proxy for Microsoft update endpoints if allowed

@ HTTP_E_STATUS_FORBIDDEN BG_E_HTTP_ERROR_403 WU_E_PT_HTTP_STATUS_FORBIDDEN 0x80190193 0x80244018
~ The server or a proxy refused the request (HTTP 403)
= An HTTP 403: the request reached a server, which refused it. For Windows Update downloads this is usually a
  proxy or web filter, or a WSUS/CDN permission problem.
- Proxy or web filter blocking update URLs or file types (.cab, .psf, .esd)
- WSUS content folder permissions, or an expired/blocked CDN URL
> Check proxy/filter logs for the URL in the log; allow the Microsoft update endpoints
> On WSUS, check IIS logs and the content folder permissions

@ FVE_E_NOT_ON_STACK
~ BitLocker's driver is not attached to the volume
= A BitLocker (FVE) call was made for a volume on which the BitLocker filter driver is not active. Setup
  logs it when it checks whether to suspend BitLocker and BitLocker is not in use; that is harmless.
- BitLocker not enabled or not available on the volume
> Ignore it during Setup's BitLocker checks; otherwise check manage-bde -status for the volume
`;

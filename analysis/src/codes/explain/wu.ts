// Windows Update agent (WU_E_*, WU_S_*), BITS, Delivery Optimization and WMI codes that
// WindowsUpdate.log prints. Written by this project.

export const WU_EXPLANATIONS = `
@ WU_S_SERVICE_STOP WU_S_SELFUPDATE WU_S_UPDATE_ERROR WU_S_MARKED_FOR_DISCONNECT WU_S_REBOOT_REQUIRED WU_S_ALREADY_INSTALLED WU_S_ALREADY_UNINSTALLED WU_S_ALREADY_DOWNLOADED WU_S_SOME_UPDATES_SKIPPED_ON_BATTERY WU_S_ALREADY_REVERTED WU_S_SEARCH_CRITERIA_NOT_SUPPORTED
~ Windows Update success/status code
= Success codes of the Windows Update agent (0x0024xxxx): the service stopped normally, the update is already
  installed or downloaded, a restart is needed, and so on. "Service exit [Exit code = 0x240001]" is the
  normal end of the service.
- Normal operation
> Nothing to fix; look for *FAILED* / FATAL lines for real problems

@ WU_E_NO_SERVICE WU_E_SERVICE_STOP WU_E_AU_NOSERVICE
~ The Windows Update service is not available
= The agent could not reach the Windows Update service, or the service was stopping while the call ran.
- wuauserv disabled or stopped, or shutting down (idle stop, restart)
> Check that wuauserv can start (sc qc wuauserv, services.msc) and retry

@ WU_E_INVALIDINDEX WU_E_ITEMNOTFOUND WU_E_DUPLICATE_ITEM WU_E_NOOP WU_E_RANGEOVERLAP WU_E_TOOMANYRANGES WU_E_UNKNOWN_ID
~ Internal Windows Update bookkeeping result (usually harmless)
= The agent's internal collections reported an index out of range, a missing or duplicate item, or "nothing to
  do". WindowsUpdate.log prints many of these as *FAILED* lines that the agent handles itself.
- Normal control flow inside the agent (history lookups, registrations already present)
> Ignore unless the same code ends the operation (search, download or install result)

@ WU_E_OPERATIONINPROGRESS WU_E_SELFUPDATE_IN_PROGRESS WU_E_SETUP_IN_PROGRESS WU_E_WUTASK_INPROGRESS
~ Another Windows Update operation is already running
= The agent refused the request because an operation of the same kind (or agent self-update / setup) is in
  progress.
- Two clients (Settings, a management agent, a script) asking at the same time
> Wait for the running operation to finish, then retry; a reboot clears stuck operations

@ WU_E_XML_MISSINGDATA WU_E_XML_INVALID WU_E_INVALID_UPDATE WU_E_INVALID_FILE WU_E_INVALID_CRITERIA
~ Update metadata or a request is malformed
= The agent read update metadata (XML from the server or its data store) or a request that is missing data or
  does not parse.
- Damaged local data store (C:\\Windows\\SoftwareDistribution\\DataStore)
- Bad metadata from a WSUS server or an invalid search query from a script
> Reset the Windows Update components (stop wuauserv/bits, rename SoftwareDistribution, start them)
> On WSUS, check the server's health and resynchronise

@ WU_E_NOT_APPLICABLE WU_E_NO_UPDATE
~ No applicable update / the update does not apply
= The update is not for this machine (already installed, superseded, wrong product) or there was nothing to
  install.
- Update superseded or already present; trying to install an update for another OS
> Check installed updates and the update's target; usually nothing to fix

@ WU_E_NO_USERTOKEN WU_E_NO_INTERACTIVE_USER
~ The operation needs a logged-on user that is not available
= The agent needed a user's token (for user-context content or notifications) and no suitable user was
  logged on.
- Background operation with no interactive user (benign for machine updates)
> Ignore for machine-wide updates; for user-context apps, retry while the user is signed in

@ WU_E_NO_CONNECTION WU_E_PT_WINHTTP_NAME_NOT_RESOLVED 0x8024402C
~ Windows Update could not connect to its server
= The agent could not establish a connection to the update service (WSUS, Windows Update): name resolution,
  proxy or network failure.
- DNS failure or wrong WSUS URL in policy (WUServer)
- Proxy not configured for SYSTEM (WinHTTP), or a firewall blocking the endpoint
> Check the server URL the log shows and resolve it with nslookup from the machine
> Check netsh winhttp show proxy and the WSUS policy under HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate

@ WU_E_TIME_OUT WU_E_PT_HTTP_STATUS_REQUEST_TIMEOUT WU_E_PT_HTTP_STATUS_GATEWAY_TIMEOUT
~ Windows Update timed out
= An operation or an HTTP request took longer than allowed.
- Slow or overloaded WSUS server, proxy delays, very large metadata on first scan
> Check WSUS/IIS performance and proxy latency; retry the scan

@ WU_E_ALL_UPDATES_FAILED 0x80240022
~ None of the updates in the call succeeded
= A summary code: the download or install call finished and none of the updates succeeded. The per-update
  results, logged just before, carry the real codes.
- Whatever made each update fail (network for downloads, CBS errors for installs)
> Look above for each update's own HRESULT (for installs, also CBS.log at that time)

@ WU_E_USER_ACCESS_DISABLED WU_E_WU_DISABLED WU_E_INSTALL_NOT_ALLOWED WU_E_AU_PAUSED WU_E_AU_LEGACYCLIENTDISABLED
~ Policy or settings do not allow this Windows Update action
= Windows Update is disabled for users, turned off by policy, paused, or not allowed to install in this
  context.
- Group policy (NoAutoUpdate, DisableWindowsUpdateAccess), updates paused, or management software in control
> Review gpresult /h and HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate
> Check whether a management agent (ConfigMgr, Intune) is meant to deliver updates instead

@ WU_E_INVALID_PROXY_SERVER WU_E_PT_HTTP_STATUS_PROXY_AUTH_REQ
~ The proxy is invalid or requires authentication
= The configured proxy cannot be used, or it asks for credentials the service account cannot provide.
- Authenticating proxy with no exception for update endpoints; wrong proxy in WinHTTP settings
> Allow anonymous access to Microsoft update endpoints on the proxy, or fix netsh winhttp settings

@ WU_E_DOWNLOAD_FAILED WU_E_DM_NOTDOWNLOADED WU_E_DM_FAILTOCONNECTTOBITS WU_E_DM_BITSTRANSFERERROR WU_E_DM_NONETWORK WU_E_DM_INCORRECTFILEHASH WU_E_DM_CONTENTCHANGED WU_E_DM_URLNOTAVAILABLE 0x80246007
~ The update's files were not (correctly) downloaded
= The download stage failed: files are missing, BITS or Delivery Optimization could not transfer them, or a
  downloaded file's hash did not match.
- Network, proxy or filtering problems; BITS or Delivery Optimization service not running
- Damaged download cache in SoftwareDistribution\\Download
> Check the BITS / DO lines just before (their HRESULTs give the network reason)
> Make sure bits and dosvc can start; reset SoftwareDistribution if hashes keep failing

@ WU_E_UPDATE_NOT_PROCESSED WU_E_UH_NEEDANOTHERDOWNLOAD WU_E_UH_POSTREBOOTSTILLPENDING 0x8024200D
~ The update needs another step (more content or a restart) before it can finish
= The agent did not complete the update in this pass: it needs additional content (another download, for
  example a full file instead of express) or is waiting for a restart.
- Express/delta download that could not be used, requiring full files
- Restart pending from the same update
> Let Windows Update retry; restart if a restart is pending
> If it loops, check CBS.log for the install failure at the time the update was processed

@ WU_E_UH_INSTALLERFAILURE WU_E_UH_INSTALLERHUNG WU_E_UH_UNEXPECTEDCBSRESPONSE WU_E_UH_BADCBSPACKAGEID WU_E_UH_CALLED_BACK_FAILURE
~ The installer that Windows Update called failed
= The update handler (for OS updates this is CBS) reported a failure, hung, or answered unexpectedly. The real
  cause is in the installer's own log.
- CBS install failures (see CBS.log at the same time), MSI or driver installer failures
> Open CBS.log (or the MSI / setupapi log for those update types) at the timestamp of the failure

@ WU_E_UH_POSTREBOOTUNEXPECTEDSTATE WU_E_UH_POSTREBOOTRESULTUNKNOWN 0x80242016
~ After the restart, the update was not in the expected state
= After the reboot that should finish the install, the agent found the update neither installed nor cleanly
  failed. This usually means the update rolled back during the restart.
- Rollback during the boot phase of the update (CBS_E_INSTALLERS_FAILED, driver failures, hangs)
> In CBS.log, find the session of that boot: "Setting original failure status" names the real code
> Check setupapi.dev.log at the same time if drivers were being staged

@ WU_E_UH_NEW_SERVICING_STACK_REQUIRED
~ The update needs a newer servicing stack
= Windows Update learned from CBS that the servicing stack must be updated first.
- Missing servicing stack update
> Install the latest servicing stack update, restart, then the update

@ WU_E_SERVICEPROP_NOTAVAIL WU_E_UNKNOWN_SERVICE WU_E_DS_UNKNOWNSERVICE WU_E_DS_SERVICEEXPIRED WU_E_SERVICE_NOT_REGISTERED 0x8024043D
~ A Windows Update service registration is missing or unavailable
= The agent works with several registered services (Windows Update, Microsoft Update, Store, WSUS). It asked
  for a service, or a property of it, that is not registered locally. Often logged and then fixed by
  re-registration.
- Service registration not yet done (fresh install) or removed
- Microsoft Update opt-in removed by a tool
> If later scans succeed, ignore it; otherwise re-register services (reset the WU components)

@ WU_E_DS_NODATA WU_E_DS_MISSINGDATA WU_E_DS_MISSINGREF WU_E_DS_NODATA_NOSUCHREVISION WU_E_DS_NODATA_NOSUCHUPDATE WU_E_DS_NODATA_EULA WU_E_DS_NODATA_SERVICE WU_E_DS_NODATA_COOKIE WU_E_DS_NODATA_TIMER WU_E_DS_NODATA_CCR WU_E_DS_NODATA_FILE WU_E_DS_NODATA_DOWNLOADJOB WU_E_DS_NODATA_TMI 0x80248007
~ No record for this item in the update data store (often harmless)
= The Windows Update data store (SoftwareDistribution\\DataStore) has no record of the requested item. The agent
  logs this for lookups that are allowed to find nothing, such as metadata of prerequisites not yet fetched.
- Normal lookups before metadata is synchronised
- A data store that lost records (damaged or reset)
> Ignore if the scan/installation succeeds; if it repeats with failures, reset the SoftwareDistribution folder

@ WU_E_DS_SHUTDOWN WU_E_DS_INUSE WU_E_DS_INVALID WU_E_DS_TABLEMISSING WU_E_DS_TABLEINCORRECT WU_E_DS_INVALIDTABLENAME WU_E_DS_BADVERSION WU_E_DS_CANTDELETE WU_E_DS_LOCKTIMEOUTEXPIRED WU_E_DS_STOREFILELOCKED WU_E_DS_CANNOTREGISTER WU_E_DS_UNABLETOSTART WU_E_DS_SCHEMAMISMATCH WU_E_DS_RESETREQUIRED WU_E_DS_UNEXPECTED
~ The Windows Update data store is locked, damaged or unusable
= The agent's database (DataStore.edb) could not be opened or used: it is locked, has the wrong schema, or is
  damaged.
- Another process (backup, antivirus) locking DataStore.edb
- Damage after crashes or disk errors
> Stop wuauserv and bits, rename C:\\Windows\\SoftwareDistribution, start the services and scan again
> Exclude SoftwareDistribution from real-time scanning

@ WU_E_METADATA_TIMESTAMP_TOKEN_MISSING WU_E_METADATA_TIMESTAMP_TOKEN_VERIFICATION_FAILED WU_E_METADATA_TIMESTAMP_TOKEN_UNTRUSTED WU_E_METADATA_SIGNATURE_VERIFY_FAILED WU_E_METADATA_BAD_SIGNATURE WU_E_METADATA_CERT_UNTRUSTED WU_E_METADATATRUST_UNTRUSTED_CERTIFICATECHAIN WU_E_METADATATRUST_CERTIFICATECHAIN_VERIFICATION 0x80247160
~ Update metadata signature or timestamp could not be verified
= Windows Update checks signatures (and timestamp tokens) on update metadata. The check found a missing
  token or an untrusted or invalid signature. A missing timestamp token on some metadata is commonly logged
  and tolerated.
- Metadata from servers that do not provide timestamp tokens (older WSUS) - often benign
- Untrusted certificate chain (missing roots, SSL inspection, clock wrong)
> If the scan succeeds, ignore it
> Otherwise check the system clock and root certificates; on WSUS, make sure the server is up to date

@ WU_E_PT_HTTP_STATUS_BAD_REQUEST WU_E_PT_HTTP_STATUS_DENIED WU_E_PT_HTTP_STATUS_NOT_FOUND WU_E_PT_HTTP_STATUS_BAD_METHOD WU_E_PT_HTTP_STATUS_SERVER_ERROR WU_E_PT_HTTP_STATUS_SERVICE_UNAVAIL WU_E_PT_HTTP_STATUS_BAD_GATEWAY WU_E_PT_HTTP_STATUS_NOT_MAPPED WU_E_PT_HTTP_STATUS_CONFLICT WU_E_PT_HTTP_STATUS_GONE WU_E_PT_HTTP_STATUS_NOT_SUPPORTED WU_E_PT_HTTP_STATUS_VERSION_NOT_SUP
~ The update server answered with an HTTP error
= The protocol talker got an HTTP error status (400, 401, 404, 500, 502, 503 ...) from WSUS, Windows Update or
  a proxy in between. The name says which status.
- WSUS (IIS) errors or an overloaded WSUS application pool (500 / 503)
- Wrong WSUS URL or port (404), authentication required by a proxy (401)
> Check the URL in the log; on WSUS, check IIS logs and the WsusPool application pool
> Try the same URL from the client with the proxy settings SYSTEM uses

@ WU_E_PT_SOAPCLIENT_SOAPFAULT WU_E_PT_SOAPCLIENT_CONNECT WU_E_PT_SOAPCLIENT_SEND WU_E_PT_SOAPCLIENT_READ WU_E_PT_SOAPCLIENT_PARSE WU_E_PT_SOAPCLIENT_SERVER WU_E_PT_EXCEEDED_MAX_SERVER_TRIPS WU_E_PT_SUS_SERVER_NOT_SET WU_E_PT_REFRESH_CACHE_REQUIRED WU_E_PT_ENDPOINT_UNREACHABLE
~ The conversation with the update server failed
= The SOAP exchange with WSUS or Windows Update failed: no connection, a fault returned by the server, too many
  round trips, or no server configured.
- WSUS database or web service problems (faults), very large catalogs (too many trips)
- WUServer policy missing or wrong
> Check the WSUS server health and its event log; verify WUServer / WUStatusServer policy values
> Decline superseded updates on WSUS to reduce metadata size

@ WU_E_REDIRECTOR_CONNECT_POLICY WU_E_REDIRECTOR_ONLINE_DISALLOWED WU_E_CALL_CANCELLED_BY_POLICY WU_E_NETWORK_COST_EXCEEDS_POLICY
~ Policy blocked the connection or the operation
= Windows Update did not contact the online service (or cancelled the call) because policy forbids it or the
  network is too costly under the configured policy.
- "Do not connect to any Windows Update Internet locations" with no WSUS; metered network policy
> Review Windows Update policies (gpresult /h) and the network's metered setting

@ WU_E_REBOOT_IN_PROGRESS WU_E_SETUP_REBOOTREQUIRED WU_E_SETUP_DEFERRABLE_REBOOT_PENDING WU_E_SETUP_NON_DEFERRABLE_REBOOT_PENDING
~ A restart is pending or in progress
= The agent will not continue until the machine has restarted.
- Earlier updates waiting for a restart
> Restart and retry

@ WU_E_UNEXPECTED WU_E_PT_UNEXPECTED WU_E_UH_UNEXPECTED WU_E_DM_UNEXPECTED WU_E_AU_UNEXPECTED WU_E_SETUP_UNEXPECTED WU_E_EE_UNEXPECTED WU_E_REPORTER_UNEXPECTED WU_E_OL_UNEXPECTED WU_E_MSP_UNEXPECTED WU_E_DRV_UNEXPECTED WU_E_INVENTORY_UNEXPECTED WU_E_SIH_UNEXPECTED WU_E_REDIRECTOR_UNEXPECTED WU_E_AUCLIENT_UNEXPECTED WU_E_METADATA_UNEXPECTED
~ Unexpected failure inside a Windows Update component
= A catch-all of one part of the agent (protocol talker, handler, download manager ...). The lines just before
  usually hold a more specific Win32 or HRESULT code.
- Depends on the earlier error (network, file access, service state)
> Read back a few lines in the same thread (same PID/TID) for the first specific code

@ BG_E_INVALID_RANGE BG_E_NETWORK_DISCONNECTED BG_E_HTTP_ERROR_404 BG_E_HTTP_ERROR_407 BG_E_HTTP_ERROR_500 BG_E_HTTP_ERROR_503 BG_E_DESTINATION_LOCKED
~ BITS could not transfer the file
= The Background Intelligent Transfer Service reported a transfer failure: the server rejected a byte-range
  request, the network went away, the URL was not found, the proxy wanted authentication, or the target file
  was locked.
- Proxies or caches that do not support HTTP range requests (BG_E_INVALID_RANGE)
- Network interruptions; authenticating proxies; files locked by antivirus
> For range errors, allow range requests on the proxy or let downloads bypass it
> Check bitsadmin /list /allusers /verbose for the job and its error context

@ 0x80D05001 0x80D05011
~ Delivery Optimization download failed
= A Delivery Optimization (facility 0xD0) download error. No public header names this value, so decode it
  from the context: WindowsUpdate.log says which job and URL failed ("All available CDNs ... are tried",
  "DO job ... failed").
- Content delivery network or proxy blocking the download; peer-to-peer settings; a missing DO service
> Check that the Delivery Optimization service (dosvc) can run and that the CDN URLs in the log are reachable
> Get-DeliveryOptimizationLog (PowerShell) shows the detailed reason for the job

@ WBEM_E_INVALID_CLASS WBEM_E_NOT_FOUND WBEM_E_INVALID_NAMESPACE WBEM_E_INVALID_QUERY WBEM_E_FAILED 0x80041010
~ A WMI query failed (often a harmless applicability check)
= A WMI (WBEM) call failed: the class, object or namespace does not exist, the query is invalid, or WMI failed.
  Windows Update's expression evaluator queries WMI classes of optional products (for example a Visual Studio
  class) to decide applicability; when the product is absent the class does not exist and that is expected.
- Applicability rules querying classes of software that is not installed (benign)
- A damaged WMI repository (then many unrelated WMI errors appear)
> If the query names a product that is not installed, ignore it
> Otherwise check the repository with winmgmt /verifyrepository
`;

// Component-Based Servicing (CBS_E_*, CBS_S_*) explanations, part 1: 0x800F0800-0x800F081F.
// Written by this project. Format: see ../explanations.ts.

export const CBS_EXPLANATIONS = `
@ CBS_E_INTERNAL_ERROR
~ The servicing stack hit an unexpected internal condition
= A catch-all failure inside CBS (TrustedInstaller / TiWorker). It rarely explains itself: the useful
  information is the first Error or CSI (F) record logged shortly before it.
- Inconsistent servicing state after an earlier operation was interrupted (power loss, forced reboot)
- Component store or servicing-stack files damaged
- Third-party software (security agents, cleanup tools) interfering with TrustedInstaller
> Walk back in CBS.log to the first Error / "(F)" line of the same session; that code is the real cause
> Run DISM /Online /Cleanup-Image /ScanHealth, then RestoreHealth if corruption is reported
> Make sure the latest servicing stack update is installed, reboot, and retry once

@ CBS_E_NOT_INITIALIZED CBS_E_ALREADY_INITIALIZED
~ A CBS session or object was used in the wrong order
= The client (Windows Update, DISM, a script) called CBS before initialising it, or initialised it twice.
  This is a sequencing problem between the client and the stack, not corruption.
- TrustedInstaller stopped or restarted while a client still held a session
- A third-party servicing tool that drives CBS incorrectly
> Reboot so that TrustedInstaller and the client start cleanly, then retry
> If a management tool (SCCM, a patch agent) triggered it, check that tool's own log for the call that failed

@ CBS_E_INVALID_PARAMETER
~ CBS rejected an argument it was given
= The caller passed CBS something it cannot use: a malformed package path, an unsupported option, or an
  identity string that does not parse.
- DISM /Add-Package /PackagePath pointing at the wrong file type (an .msu instead of a .cab, or a folder)
- A package identity typed by hand with a wrong token, version or architecture
> Check the exact command line or package path in DISM.log just before the failure
> For .msu files, extract them (expand -f:* file.msu dir) and add the .cab inside

@ CBS_E_OPEN_FAILED
~ CBS could not open a package, session or image
= Opening something CBS needs (a package file, a persisted session, an offline image) failed. The
  Win32 or HRESULT code logged just before it usually says why.
- Package file missing, locked by another process or on a disconnected share
- Offline image path wrong, not mounted, or mounted read-only
- Access denied by permissions or by a security product
> Look for the preceding line with a Win32 code (ERROR_FILE_NOT_FOUND, E_ACCESSDENIED, ...)
> Verify the path in the command line exists and is readable by SYSTEM / TrustedInstaller

@ CBS_E_INVALID_PACKAGE 0x800F0805
~ CBS could not open the package: not present, damaged, or not a package for this image
= CBS was asked to open a package and could not treat it as a valid, usable package. At Info level during
  Windows Update applicability checks ("Failed to internally open package") it is routine: Windows Update
  asks about packages that are simply not installed. It matters only when an install or the session's
  final result fails with it.
- Routine probe for a package that is not installed (Info level, session otherwise healthy)
- Package built for another Windows build, edition or architecture
- Truncated or corrupted download, or a .mum/.cat missing from C:\\Windows\\servicing\\Packages
> Check the record level and whether the session's "Exec: Processing complete" / final result carries this code
> Compare the package identity (version, arch) with the OS build (winver) and architecture
> Re-download the update; for a manual install use the .cab from the .msu with DISM /Add-Package

@ CBS_E_PENDING
~ Another servicing operation is pending and needs a reboot first
= CBS refuses to start new work because an earlier operation is waiting to complete at the next restart
  (pending.xml exists, or a package is in a pending state).
- An update was installed but the machine was not restarted
- A previous reboot did not finish the pending operations (it failed or was interrupted)
> Restart the machine and retry
> If it persists, check for C:\\Windows\\WinSxS\\pending.xml and the RebootPending key under
  HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing
> As a last resort, from WinRE: DISM /Image:C:\\ /Cleanup-Image /RevertPendingActions

@ CBS_E_NOT_INSTALLABLE
~ The package cannot be installed on this image
= The package says it cannot be installed here: its applicability rules, edition or type do not allow it.
- Package for another edition (Server vs client, Enterprise vs Home) or another build
- Package type that cannot be added directly (for example a component of a larger update)
> Check the package's applicability with DISM /Online /Get-PackageInfo /PackagePath:<cab>
> Get the package that matches the OS build and edition from the Microsoft Update Catalog

@ CBS_E_IMAGE_NOT_ACCESSIBLE
~ The offline image CBS was pointed at cannot be accessed
= The Windows image to be serviced (an offline path or mounted WIM/VHD) is not reachable or not usable.
- Wrong /Image path, image unmounted, or mounted read-only
- Volume locked by BitLocker, or the disk went offline
> Verify the /Image path contains a Windows folder and that the mount is read-write (DISM /Get-MountedImageInfo)
> Unlock BitLocker volumes before offline servicing from WinPE

@ CBS_E_ARRAY_ELEMENT_MISSING CBS_E_PROPERTY_NOT_AVAILABLE
~ An item or property CBS looked for is not there
= CBS asked for a list item or package property that does not exist. Often a harmless probe; a real problem
  only when the operation fails with it.
- Package metadata that lacks an optional property (benign probing)
- Damaged package metadata in the component store
> Check whether the session still succeeds; if so, ignore it
> If the operation fails with it, note the package named nearby and run DISM /ScanHealth

@ CBS_E_REESTABLISH_SESSION
~ The client has to open a new CBS session
= The session the client was using is no longer valid, usually because the servicing stack itself was
  updated and restarted. Clients normally reconnect on their own.
- A servicing stack update installed in the same run
- TrustedInstaller restarted in the middle of the operation
> Retry the operation; if it keeps happening, reboot first

@ CBS_E_UNKNOWN_UPDATE DISMAPI_E_UNKNOWN_FEATURE
~ The named feature or update is not in the package
= A feature or update name was requested that the package does not contain. DISM reports the same value as
  DISMAPI_E_UNKNOWN_FEATURE.
- Feature name misspelt (names are case-sensitive) in DISM /Enable-Feature /FeatureName:...
- Feature not available in this edition or build
> List the exact names with DISM /Online /Get-Features and copy the name from there
> Check the edition: some features exist only on Server or Enterprise

@ CBS_E_MANIFEST_INVALID_ITEM 0x800F080D
~ A manifest contains an element or attribute CBS does not understand
= While parsing a package manifest (.mum), CBS met an item it cannot interpret. Older servicing stacks log it
  in large numbers at Info level ("Expecting attribute name", "Failed to get next element") when they read
  newer manifest syntax: in an otherwise healthy log that is noise.
- Older servicing stack reading manifests written for a newer one (benign at Info level)
- A truly damaged .mum file when an install fails with this code
> Check whether any Error record or the session's final result carries it; if not, ignore it
> If an install fails with it, install the latest servicing stack update and re-download the package

@ CBS_E_MANIFEST_VALIDATION_DUPLICATE_ATTRIBUTES CBS_E_MANIFEST_VALIDATION_DUPLICATE_ELEMENT CBS_E_MANIFEST_VALIDATION_MISSING_REQUIRED_ATTRIBUTES CBS_E_MANIFEST_VALIDATION_MISSING_REQUIRED_ELEMENTS CBS_E_MANIFEST_VALIDATION_UPDATES_PARENT_MISSING CBS_E_MANIFEST_VALIDATION_MULTIPLE_UPDATE_COMPONENT_ON_SAME_FAMILY_NOT_ALLOWED CBS_E_DUPLICATE_UPDATENAME
~ A package manifest failed CBS's validation rules
= The package manifest (.mum) parses as XML but breaks a structural rule: an attribute or element appears
  twice or is missing, an update refers to a parent that does not exist, or two updates target the same
  component family.
- Damaged or truncated .mum in C:\\Windows\\servicing\\Packages or in the downloaded package
- A package built for a newer servicing stack than the one installed
- Hand-edited or third-party repackaged updates
> Find the package named in the lines around the error and re-download it from the Microsoft Update Catalog
> Install the latest servicing stack update, then retry
> If installed packages are affected, run DISM /Online /Cleanup-Image /RestoreHealth

@ CBS_E_INVALID_INSTALL_STATE
~ A package is in a state that does not allow the requested change
= CBS keeps each package's state (absent, staged, installed, pending ...) in the registry. The requested
  transition is not possible from the recorded state, or the recorded state is inconsistent.
- Uninstalling something not installed, or installing something half-removed
- A previous operation interrupted, leaving the package's CurrentState wrong
> Check the package's CurrentState under HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages
> Reboot to let pending work finish, then retry; run DISM /ScanHealth if it persists

@ CBS_E_INVALID_CONFIG_VALUE CBS_E_INVALID_CARDINALITY
~ A package setting or relationship count is invalid
= A value in the package definition or servicing configuration is outside what CBS accepts, or a package
  has more (or fewer) related packages than its definition allows.
- Malformed package metadata or a package from a newer build
- Inconsistent registry data left by a failed operation
> Re-download the package for the exact OS build; install the latest servicing stack update
> If it concerns installed packages, run DISM /ScanHealth and RestoreHealth

@ CBS_E_DPX_JOB_STATE_SAVED
~ Extraction of the package was paused and its state saved
= DPX, the engine that expands compressed and delta payloads, stopped a job and saved its progress so it can
  resume later. On its own it is not a failure of the update.
- The operation was interrupted (shutdown, cancellation) while payload was being expanded
> Retry the operation; it should resume or restart the extraction
> If it repeats, check free disk space and look for the code logged right after it

@ CBS_E_PACKAGE_DELETED
~ The package was removed while it was still referenced
= CBS tried to use a package that has been deleted from the store, typically superseded content removed by
  component cleanup while something still pointed at it.
- Component cleanup (StartComponentCleanup, /ResetBase) ran between two steps
- A third-party cleanup tool deleted files from WinSxS or servicing\\Packages
> Reinstall the latest cumulative update so the reference is replaced
> Run DISM /ScanHealth; never delete WinSxS content by hand

@ CBS_E_IDENTITY_MISMATCH
~ The package's identity does not match what was expected
= The manifest inside the package names a different component, version, architecture or signing key than the
  one CBS expected from the file name or the calling update.
- A package file renamed or mixed up with another one
- A repackaged or tampered update, or a download mixed from two versions
> Re-download the update from the Microsoft Update Catalog and install it unchanged

@ CBS_E_INVALID_DRIVER_OPERATION_KEY
~ CBS's record of a driver operation is invalid
= CBS keeps track of driver staging and installation in the registry. That record is malformed, so the
  driver part of an update cannot be processed.
- Interrupted driver update from an earlier session
- Damaged servicing data in the registry
> Reboot and retry the update
> Look at setupapi.dev.log around the same time for the driver that was being processed

@ CBS_E_UNEXPECTED_PROCESSOR_ARCHITECTURE
~ The package is for a different processor architecture
= The package targets another architecture (x86, amd64, arm64) than the image being serviced.
- Downloaded the wrong variant of an update from the Catalog
- Offline servicing of an image of another architecture with the wrong package set
> Check the architecture in the package name (~amd64~, ~x86~, ~arm64~) against the OS
> Download the matching variant

@ CBS_E_EXCESSIVE_EVALUATION CBS_E_CYCLE_EVALUATION
~ CBS gave up evaluating package relationships
= Working out which packages apply requires following relationships between packages. CBS found a loop, or the
  evaluation grew beyond its limit, and stopped.
- Damaged package metadata that makes packages refer to each other
- Very large numbers of installed packages and language packs combined with an inconsistent state
> Run DISM /Online /Cleanup-Image /ScanHealth and RestoreHealth
> Install the latest servicing stack update; if it persists an in-place upgrade repairs the package set

@ CBS_E_NOT_APPLICABLE
~ Applicability rules exclude this system
= The package's applicability rules say it is not for this image: wrong build, edition or language, a
  required earlier update is missing, or a newer update already replaces it.
- The update is superseded by one already installed
- A prerequisite (servicing stack update, earlier cumulative update) is missing
- Package for a different Windows version or edition
> Check the installed build (winver) and the update's target build in its KB article
> Install the prerequisite servicing stack update first
> Check whether a newer cumulative update is already installed (DISM /Online /Get-Packages)

@ CBS_E_SOURCE_MISSING 0x800F081F
~ The files needed for the install or repair were not found in any allowed source
= CBS needed component payload (the actual files) to add a feature or to repair corruption, and none of the
  sources it was allowed to use had the right version. Typical for .NET Framework 3.5, Features on Demand
  and DISM /RestoreHealth.
- Windows Update is not allowed as a source (WSUS-only machines, group policy, /LimitAccess)
- The /Source media is a different build, edition, language or patch level than the installed OS
- The component store is damaged and the damaged files cannot be replaced locally
> Look above it for the component or file that could not be resolved ("(p) CSI Payload Corrupt", "Failed to resolve")
> Give a matching source: DISM /Online /Cleanup-Image /RestoreHealth /Source:wim:X:\\sources\\install.wim:<index>
  /LimitAccess, with media of the same build and edition
> Or allow Windows Update via the policy "Specify settings for optional component installation and component repair"
`;

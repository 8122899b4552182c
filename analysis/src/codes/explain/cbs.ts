// Component-Based Servicing (CBS_E_*, CBS_S_*) explanations, part 1: 0x800F0800-0x800F0843.
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

@ CBS_E_CANCEL 0x800F0820
~ The operation was cancelled
= The user or the calling program cancelled the servicing operation. In a DISM/SFC summary ("Operation
  result: 0x800f0820") it means the run was stopped, not that repair failed.
- User pressed Ctrl+C or closed the window during DISM or SFC
- The client (Windows Update, a management agent) cancelled because of shutdown or a time limit
> Treat it as a warning; rerun the operation to completion
> If nobody cancelled, look for a shutdown or a client timeout at the same time

@ CBS_E_ABORT
~ The operation was aborted
= CBS stopped the operation itself, usually because a watchdog decided it had hung or the client went away.
  It is often followed by CBS_E_HANG_DETECTED on the next boot.
- An advanced installer or file operation took too long (security scanning, slow disk)
- The calling client stopped (Windows Update service restarted, machine shutting down)
> Find what was running last (the "Exec:" / "Installer:" lines before the abort)
> Retry after a reboot; if it repeats, test with third-party security software disabled

@ CBS_E_ILLEGAL_COMPONENT_UPDATE
~ The package tries an update of a component that is not allowed
= The package wants to change a component in a way the servicing rules forbid, for example to replace a
  component owned by another package or to move it to an unexpected version.
- Update built for another branch or build of Windows
- Inconsistent component ownership after an interrupted operation
> Verify the update matches the OS build; install the latest cumulative update instead of an old one
> Run DISM /ScanHealth if the installed state looks inconsistent

@ CBS_E_NEW_SERVICING_STACK_REQUIRED 0x800F0823
~ A newer servicing stack is needed before this update
= The update requires a newer version of the servicing stack (the component that installs updates) than the
  one installed.
- The servicing stack update (SSU) that the update lists as a prerequisite is missing
> Install the latest servicing stack update for this build, reboot, then install the update
> On builds where the SSU is bundled with the cumulative update, use the combined package from the Catalog

@ CBS_E_SOURCE_NOT_IN_LIST
~ The source given is not one CBS may use
= The payload source passed to CBS is not in the list of sources allowed for this operation.
- A /Source path that is not registered or not accessible to the servicing stack
> Check the /Source syntax and that the path is reachable by SYSTEM (local path or accessible share)

@ CBS_E_CANNOT_REMOVE CBS_E_CANNOT_UNINSTALL 0x800F0825
~ CBS refuses to remove this package
= CBS refuses to remove the package: it is permanent (servicing stack updates and some cumulative updates),
  other installed packages depend on it, or its installed state is damaged.
- The package is marked permanent (see "Permanence" in DISM /Get-PackageInfo)
- Component cleanup with /ResetBase removed what was needed to go back
- Partially installed package or component store corruption
> Check the package's permanence and dependants with DISM /Online /Get-PackageInfo /PackageName:<name>
> For a broken update, install a newer cumulative update instead of removing the old one
> Run DISM /RestoreHealth if the store is damaged

@ CBS_E_PENDING_VICTIM
~ The package is affected by another pending operation
= An operation that is still waiting for a reboot touches this package, so CBS will not act on it now.
- Updates installed without the reboot they asked for
> Restart and retry

@ CBS_E_STACK_SHUTDOWN_REQUIRED CBS_E_STACK_SHUTTING_DOWN CBS_S_STACK_RESTART_REQUIRED CBS_E_MUV6_STACK_SHUTDOWN_NEEDED CBS_S_STACK_SHUTDOWN_REQUIRED
~ The servicing stack has to restart (or is stopping) before it can go on
= The servicing stack must shut down and start again, usually because it was just updated, or a request
  arrived while it was stopping. Clients normally retry by themselves; despite its _S_ name the 0x800F0833
  value has the failure bit set.
- A servicing stack update installed in the same run
- TrustedInstaller shutting down because the machine is restarting or idle
> Retry the operation; reboot if it repeats
> Check that the servicing stack update itself installed (DISM /Online /Get-Packages)

@ CBS_E_INSUFFICIENT_DISK_SPACE
~ Not enough free disk space for the servicing operation
= Staging and installing updates needs space on the system drive (WinSxS, temporary folders) and in the
  scratch directory for offline images.
- System drive nearly full; large cumulative updates need several GB while they install
- Small scratch directory in WinPE for offline servicing
> Free space on C: (Disk Cleanup, remove old user data); check with dir / the volume properties
> For offline servicing, pass /ScratchDir on a volume with enough space

@ CBS_E_AC_POWER_REQUIRED
~ The device must be on AC power
= The operation is not allowed on battery power.
- Laptop or tablet running on battery
> Connect the charger and retry

@ CBS_E_STACK_UPDATE_FAILED_REBOOT_REQUIRED
~ The servicing stack update needs a reboot before anything else
= An update of the servicing stack did not complete and a restart is required before more updates can be
  processed.
- Servicing stack update installed without the restart
> Restart, check the servicing stack update installed, then install the remaining updates

@ CBS_E_SQM_REPORT_IGNORED_AI_FAILURES_ON_TRANSACTION_RESOLVE
~ Telemetry note: advanced-installer failures were ignored
= A reporting code, not a failure of the operation: some advanced installers failed while the transaction
  was resolved, and their failures were ignored by design.
- Advanced installers whose failure is not fatal to the update
> No action unless the operation failed; then look for "Failed execution of queue item Installer" lines

@ CBS_E_DEPENDENT_FAILURE
~ This package failed because another one in the same operation failed
= Several packages were processed together and a package this one depends on failed first.
- The root failure belongs to another package in the same session
> Search the session for the first failing package and its own error code; fix that one

@ CBS_E_PAC_INITIAL_FAILURE
~ An early step of the operation failed
= CBS reports that the operation failed in its initial phase (PAC in the code name); the cause is the error
  logged before it.
- Depends on the earlier error: missing files, access denied, corruption
> Read back to the first Error record of the session and decode that code

@ CBS_E_NOT_ALLOWED_OFFLINE
~ This operation is only possible on the running system
= The package or action cannot be applied to an offline image; it must be done online (booted into that
  Windows).
- Adding a package that requires online actions to a mounted image
> Boot the target system and apply it online, or use a package variant meant for offline servicing

@ CBS_E_EXCLUSIVE_WOULD_MERGE
~ An exclusive package cannot be combined with the others in this operation
= Some packages must be installed on their own. Combining them with other packages in one session would
  merge operations that must stay separate.
- Installing several updates at once where one is exclusive (for example an edition or stack package)
> Install that package alone, restart, then install the others

@ CBS_E_IMAGE_UNSERVICEABLE
~ The image can no longer be serviced
= CBS has decided it cannot service this image, usually after serious corruption or an interrupted
  operation left the servicing state unusable, or because the image is newer than the tools.
- COMPONENTS hive or servicing state damaged
- Servicing an image of a newer Windows version with older DISM
> Run DISM /Online /Cleanup-Image /ScanHealth and RestoreHealth
> For offline images, use DISM from the same (or newer) Windows version as the image
> If repair fails, an in-place upgrade (setup.exe from matching media, keep files and apps) rebuilds the store

@ CBS_E_STORE_CORRUPTION 0x800F0831
~ The component store is missing something this update needs
= CBS found corruption in the component store (WinSxS, servicing\\Packages) that blocks the update. Most
  often the manifest of a previously installed package is missing ("Store corruption, manifest missing for
  package: ..."), so the update cannot build on it.
- An earlier update that failed or was removed incompletely
- Cleanup tools or disk errors that deleted files from the store
> Find "Store corruption, manifest missing for package" and note the KB in the package name
> Install that KB (same architecture) from the Microsoft Update Catalog, then retry the update
> Run DISM /Online /Cleanup-Image /RestoreHealth (with a matching /Source if Windows Update is not reachable)

@ CBS_E_STORE_TOO_MUCH_CORRUPTION
~ The component store is too damaged to repair in place
= CBS detected more corruption than it is willing to repair automatically.
- Widespread damage: failing disk, aggressive cleanup tools, restored partial backups
> Check the disk (chkdsk /scan, SMART data) before anything else
> Repair with an in-place upgrade from media of the same version, keeping files and apps

@ CBS_E_CANNOT_USE_PNP_DRIVER_ON_DECONSTRUCTED_DRIVER_IMAGE
~ A Plug and Play driver path cannot be used for this image
= Newer images keep their driver store in a different layout; the name says CBS cannot use the PnP driver
  path on such a "deconstructed" driver image. Rare outside image building.
- Offline driver servicing of an image with a tool version that does not match the image
> Service the image with DISM of the same Windows version, or add the driver online

@ CBS_E_POSTPONED_INSTALL_CONSIDERED CBS_E_ONLINE_ACTIONS_POSTPONED
~ Part of the installation was postponed
= CBS deferred work (for example online actions that must run when the system is up) to a later point. It
  is a status, not the root cause of a failure.
- Actions scheduled for the next boot or user logon
> Restart and let the pending work complete; check the next session in CBS.log

@ CBS_E_RESERVICING_REQUIRED_BASELINE CBS_E_ONDEMAND_RESERVICING_REQUIRED
~ Components must be serviced again to match the installed update level
= Content added after the last cumulative update (a Feature on Demand, a language pack) is at an older level
  and must be brought up to date by re-applying the current update content.
- Features or languages added after the latest cumulative update was installed
> Reinstall the latest cumulative update (or let Windows Update offer it again) after adding features

@ CBS_E_RPT_CRASHED
~ A servicing helper process ended unexpectedly
= The name says a helper the servicing stack runs ("RPT") crashed. Treat it like an internal failure.
- Crash of the helper, sometimes caused by injected third-party DLLs or damaged files
> Check the Application event log for a crash at the same time; retry after a reboot

@ CBS_E_SESSION_CORRUPT CBS_E_SESSION_INTERRUPTED
~ A servicing session was damaged or interrupted
= CBS records each session under C:\\Windows\\servicing\\Sessions. The session data is unreadable, or the
  session stopped before finishing (power loss, crash, forced shutdown).
- Machine powered off or crashed during updates
- Disk errors affecting C:\\Windows\\servicing
> Reboot and retry; check the System log for unexpected shutdowns (event 41, 6008) at that time
> Run chkdsk and DISM /ScanHealth if it repeats

@ CBS_E_SESSION_FINALIZED CBS_E_SESSION_READONLY CBS_E_SESSIONS_LEAKED CBS_E_PUBLIC_OBJECT_LEAK
~ A client used a CBS session incorrectly
= The client tried to change a session that was already finished or opened read-only, or did not release
  its sessions and objects. These point at the calling tool rather than at the system.
- Management or repair tools that drive CBS in an unexpected order
- An offline image mounted read-only (for SESSION_READONLY)
> If it accompanies a real failure, read the client's own log (DISM.log, the agent's log)
> Remount offline images read-write before servicing them

@ CBS_E_NOT_SUPPORTED_ON_IMAGE_TYPE
~ The operation is not supported for this kind of image
= The image type (for example a special-purpose or minimal image) does not support the requested action.
- Feature or package operations on images that lack the needed servicing support
> Check the documentation of the image type; use a full Windows image for the operation

@ CBS_E_RESOLVE_FAILED
~ CBS could not resolve the package's content
= Resolving means finding and preparing everything a package needs before it is executed. It failed; the
  specific reason is logged just before.
- Missing payload or manifests (often with CBS_E_STORE_CORRUPTION or ERROR_FILE_NOT_FOUND nearby)
> Decode the code in the "Failed to resolve" lines above it and follow that one
`;

// Component-Based Servicing explanations, part 2: 0x800F0820-0x800F084F (cancellation, stack state,
// store corruption, sessions). Written by this project.

export const CBS_EXEC_EXPLANATIONS = `
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

// Win32 errors and generic HRESULTs that servicing logs print most (CBS, DISM, SetupAPI, Setup).
// Keys list the Win32 name and the HRESULT alias where one exists. Written by this project.

export const WIN32_EXPLANATIONS = `
@ ERROR_SUCCESS S_OK NO_ERROR STATUS_SUCCESS
~ Success: the operation completed without error
= Zero means success in every family (Win32, HRESULT, NTSTATUS). CSI "result 0x00000000", setupapi
  "exit(0x00000000)" and CBS "[HRESULT = 0x00000000 - S_OK]" are all normal.
- Normal completion
> Nothing to check; look at the non-zero codes around it instead

@ ERROR_INVALID_FUNCTION
~ The call is not supported for this object (often harmless)
= Win32 error 1: the operation was requested of something that does not support it. CBS logs
  "Failed to create backup log cab [HRESULT = 0x80070001]" routinely while rotating its logs; that is noise.
- Log-rotation and housekeeping attempts in CBS (benign at Info level)
- A file system or driver that does not support the requested operation
> If it is the CBS backup log cab message, ignore it
> Otherwise, note which call failed and on which volume; check for unusual file systems or filter drivers

@ ERROR_FILE_NOT_FOUND
~ A file (or registry value) that was expected does not exist
= Win32 error 2. Servicing components use it both for missing files and for missing registry values, and
  many lookups are probes that are allowed to fail ("Not able to query ...", "Failed to get ..." at Info
  level).
- Benign probe for an optional file or registry value (Info level, no failure follows)
- Missing payload or manifest in the store (when an install or repair fails with it)
- A scheduled task, service or file an advanced installer expects was removed
> Check the record level and whether the session or section ends in failure with the same code
> If it is the final failure, find the path or key named on the line or the line before it
> For missing store content, run DISM /Online /Cleanup-Image /RestoreHealth

@ ERROR_PATH_NOT_FOUND
~ A folder in the path does not exist
= Win32 error 3: part of the directory path is missing. DISM's setup-files cleanup logs it hundreds of times
  for upgrade folders that are simply not there (GLE = 0x3 on C:\\$Windows.~BT): that is noise.
- Probes for optional folders ($Windows.~BT, $Windows.~WS, old upgrade folders)
- A redirected or deleted system folder (Program Files, ProgramData, user profile moved)
> Ignore the cleanup-probe flood; otherwise read the path on the failing line
> For Setup failures, check folder redirections and that ProgramData / Users are on the system volume

@ ERROR_ACCESS_DENIED E_ACCESSDENIED
~ Access denied: permissions, a lock, or security software
= Win32 error 5 (HRESULT 0x80070005). The caller is not allowed to do what it tried. In servicing this is
  often not about NTFS permissions at all but about something else holding or protecting the file.
- Security or endpoint software blocking writes by TrustedInstaller or Setup
- Changed ACLs on system folders or registry keys (hardening scripts, restored backups)
- Files in use or protected; after an upgrade, deleting windows.old can log many harmless denials
> Read the path on the failing line; check its owner and ACL (TrustedInstaller should own system files)
> Retry with third-party security software disabled or in a clean boot
> Many identical "Failed to delete ...\\windows.old\\..." lines after a successful upgrade can be ignored

@ ERROR_NOT_ENOUGH_MEMORY E_OUTOFMEMORY ERROR_OUTOFMEMORY ERROR_NO_SYSTEM_RESOURCES
~ Memory or another system resource ran out
= The process could not allocate memory or a kernel resource. CBS sometimes logs it for non-essential steps
  (for example writing an event) without any real shortage.
- Low memory, a memory leak in another process, or resource exhaustion (pool, handles)
- A non-essential CBS step failing (Info level) while the operation itself succeeds
> Check whether the operation failed or only an auxiliary step; if auxiliary, ignore
> Otherwise reboot, close heavy applications and retry; check free memory and page file

@ ERROR_INVALID_DATA 0x8007000D
~ The data read was not in the expected form
= Win32 error 13. Data read from a file, registry value or stream is not in the expected form. In servicing it
  often means a damaged manifest, catalog or delta, or corrupted setup media. Setup frequently reports it as
  its final code after a lower-level error such as ERROR_FILE_CORRUPT.
- Damaged files in the component store (delta decompression failing: NTSTATUS_FROM_WIN32(ERROR_INVALID_DATA))
- Corrupted installation media or download
- Unexpected registry data (for example clock values, as in "lower than last tick count", which is harmless)
> In Setup logs, look earlier for the first error (it is often 0x80070570 on a WIM apply)
> For CBS/CSI, note the file or component named and run DISM /RestoreHealth
> Re-create installation media and verify its hash if Setup applies an image

@ ERROR_GEN_FAILURE
~ A device reported a general failure
= Win32 error 31: the device or driver could not complete the request and gave no specific reason.
- Disk or USB device problems; a volume that cannot be queried during Setup
> Check the System event log for disk/controller errors at the same time; if the line is a probe of an
  unused volume (FindGlobalPath), it is harmless

@ ERROR_SHARING_VIOLATION STATUS_SHARING_VIOLATION
~ Another program has the file open
= Win32 error 32: a second program holds the file with sharing flags that exclude this access.
- Antivirus, backup or indexing software scanning files during servicing
- CBS temporary folders still in use, usually harmless and retried later
> If it is the final failure, identify the locking process (Resource Monitor, handle.exe) and retry
> Exclude C:\\Windows\\WinSxS, SoftwareDistribution and CbsTemp from real-time scanning during updates

@ ERROR_NOT_SUPPORTED
~ This operation is not available on this system, volume or driver
= Win32 error 50: the operation is not supported by this system, volume or driver. Setup probes often log it
  and continue on a fallback path.
- Probes of capabilities that are absent (the log usually says "trying legacy path")
> If a fallback follows, ignore it; otherwise note which operation and which volume were involved

@ ERROR_BAD_NETPATH ERROR_BAD_NET_NAME
~ A UNC path or share could not be reached
= Win32 errors 53 / 67: a network (UNC) path could not be reached or the share does not exist.
- Setup or DISM pointed at a share that is offline, or a mapped drive not available to SYSTEM
> Use a local copy of the source or a path reachable from the SYSTEM account

@ ERROR_INVALID_PARAMETER E_INVALIDARG
~ A function rejected one of its arguments
= Win32 error 87 (HRESULT 0x80070057). A function was called with an argument it rejects. In CBS it can
  come from poqexec failing on an unexpected file or registry operation at boot.
- Wrong command-line arguments to DISM or setup.exe
- Damaged pending operations (pending.xml) that poqexec cannot execute
- Applicability evaluation on inconsistent metadata ("EvaluateApplicability failed")
> Check the command line first; then look for the component or file named in the failing line
> For poqexec failures at boot, run DISM /ScanHealth and consider reverting pending actions

@ ERROR_DISK_FULL ERROR_HANDLE_DISK_FULL 0x80070070 STATUS_DISK_FULL
~ The disk is full
= Not enough free space on the target volume. Setup returns 0x80070070 when the system drive cannot hold
  the upgrade.
- Too little free space on C: or on a small System Reserved / EFI / recovery partition
> Free space (Disk Cleanup, move user data) or add an external drive for an upgrade; check small partitions too

@ ERROR_INVALID_NAME
~ A path or name is not valid syntax
= Win32 error 123. DISM and Setup probe paths that are not valid names ("FIOReadFileIntoBuffer" before
  "is not a WIM mount point"); that probe is noise.
- Image-type probes in DISM (benign trio of lines)
- Paths with invalid characters or a malformed \\\\?\\ prefix
> Ignore the DISM probe; otherwise check the path on the failing line

@ ERROR_MOD_NOT_FOUND
~ A DLL or one of its dependencies is missing
= Win32 error 126: a module or one of its dependencies is missing. DISM logs it when an optional provider DLL
  is absent, which is normal.
- Optional DISM providers not present in this image or WinPE (benign)
- Damaged system files or a missing Visual C++ runtime for a third-party component
> If DISM continues, ignore it; otherwise name the DLL from the line and check it exists and matches the OS

@ ERROR_ALREADY_EXISTS
~ The object already exists
= Win32 error 183: something to be created is already there. Often reported as a stale last-error value
  (gle) next to an unrelated failure.
- Normal "create if missing" logic; a last-error value left over from an earlier call
> Decode the main code on the line (the Error: value), not the gle value, unless they agree

@ ERROR_DIRECTORY
~ A path that should be a folder is not usable as one
= Win32 error 267: a path expected to be a folder is not one, or cannot be used as one. DISM reports it when
  a /Source or alternate source path is not an accessible folder.
- Alternate source path (policy or /Source) pointing to a file, a missing folder or an unreachable share
> Check the repair source path in the optional-component policy or on the command line

@ ERROR_TOO_MANY_POSTS
~ A semaphore limit was exceeded (often a stale last-error value)
= Win32 error 298. Seen in Setup logs only as a last-error value next to another code, where it has no
  bearing on the failure.
- Leftover thread last-error value
> Decode and follow the primary code on the line instead

@ ERROR_ARITHMETIC_OVERFLOW
~ A calculation overflowed (harmless in CBS bookkeeping)
= Win32 error 534. CBS logs it when computing time differences for its own statistics ("Failed to compute
  delta for LastScavengingStarvationReport"); that is noise.
- Clock or counter values that make a statistics calculation overflow
> Ignore it unless the operation itself fails with this code

@ ERROR_BADDB 0x800703F1
~ A registry hive could not be read or written (the DRIVERS hive when drivers are staged)
= Win32 error 1009: the registry reported that a hive file is damaged or that writing to it failed. During driver
  staging (CBS "Failed staging driver updates", setupapi "idb:" lines: "Failed to create driver package
  object ... in DRIVERS database node") the hive is the DRIVERS hive, C:\\Windows\\System32\\config\\DRIVERS,
  where the driver store records its packages. Either that hive is damaged or something blocked the write.
- DRIVERS hive damaged (improper shutdowns, disk errors, a hive that grew or was restored inconsistently)
- Filter drivers of security / endpoint software blocking or interfering with writes to the hive
- Disk or file-system errors on the system volume
> In setupapi.dev.log, at the same second, find the "idb:" and "sto:" lines with Error = 0x000003f1 and the INF
  they name; the CBS line "STAGE index: ... result 1009, inf: ..." names the same driver
> Check the disk and file system (chkdsk C: /scan, then /f at next boot) and the System log for disk errors
> Check the hive's health: registry hive recovery or flush errors in the System log around that time, and the
  size of DRIVERS and its DRIVERS.LOG1/.LOG2 files in C:\\Windows\\System32\\config compared with a healthy machine
> Temporarily uninstall (not just disable) third-party security or endpoint agents and retry the update
> If the hive itself is damaged: restore from a System Restore point, or repair with an in-place upgrade

@ ERROR_BADKEY ERROR_CANTOPEN ERROR_CANTREAD ERROR_CANTWRITE ERROR_REGISTRY_CORRUPT ERROR_REGISTRY_IO_FAILED ERROR_REGISTRY_RECOVERED ERROR_KEY_DELETED STATUS_REGISTRY_CORRUPT STATUS_REGISTRY_IO_FAILED STATUS_KEY_DELETED
~ Registry hive problem: a key or hive could not be opened, read or written
= The registry reported damage or an I/O failure on a hive (SOFTWARE, SYSTEM, COMPONENTS, DRIVERS or a user
  hive), or a key was deleted while in use. ERROR_REGISTRY_RECOVERED means a hive was repaired from its log.
- Hive damage after power loss or disk errors
- Security software or another process holding or blocking the hive
> Check the System log for registry and disk events at the same time; run chkdsk
> Identify the hive from the path in the log; repair with System Restore or an in-place upgrade

@ ERROR_SERVICE_ALREADY_RUNNING
~ The service was already running (harmless)
= Win32 error 1056: a start request for a service that is already started.
- Setup or migration starting services defensively
> No action; the service is running

@ ERROR_SERVICE_DISABLED 0x80070422
~ A required service is disabled
= Win32 error 1058: the service cannot start because its start type is Disabled. For Windows Update this is
  the classic 0x80070422 when wuauserv, BITS, Cryptographic Services or TrustedInstaller is disabled.
- Services disabled by "tuning" tools, policies or scripts
> Check the start type of wuauserv, bits, cryptsvc, trustedinstaller and dosvc (services.msc / sc qc)
> Set them back to their defaults (Manual / Automatic (Delayed)) and retry

@ ERROR_NOT_FOUND
~ A lookup found nothing (often harmless)
= Win32 error 1168. CBS uses it for lookups that find nothing ("Failed to delete current corruption first found
  value", "Execute time performance datapoint is invalid"); at Info level that is routine.
- Lookups of optional values or entries (benign)
- Windows Update or DISM asked for something that is not in the list (a feature, an edition ID, a driver class)
> Check whether a failure follows with the same code; if not, ignore it
> If it is the final result, note what was being looked up on the failing line

@ ERROR_NO_NETWORK
~ No network is available
= Win32 error 1222: no usable network connection existed when the call was made.
- Offline machine, network stack not ready during Setup phases
> Check connectivity; for Setup, the failing step is often optional (telemetry, search indexer)

@ ERROR_CANCELLED
~ Cancelled by the user or by the program
= Win32 error 1223 (HRESULT 0x800704C7): cancelled by the user or by the program. Setup uses it as its result
  when it is stopped or decides to cancel.
- User cancelled Setup or an update; Setup aborting after another error
> Look earlier for the error that made Setup cancel; if a user cancelled, nothing failed

@ ERROR_REQUEST_ABORTED
~ Stopped before it completed
= Win32 error 1235: an operation was stopped before it completed, usually because its caller gave up or the
  process was shutting down.
- Setup or Windows Update cancelling a background task (download, compatibility scan)
> Find the error or cancellation that happened just before; this code is the consequence

@ ERROR_PRIVILEGE_NOT_HELD
~ The process lacks a needed user right
= Win32 error 1314: the caller lacks a privilege (for example to load a registry hive or take ownership).
- Setup or a tool not running elevated, or privileges removed by policy
> Run elevated; check user-rights assignments in the local security policy

@ ERROR_FILE_CORRUPT 0x80070570
~ Data on disk or in the source could not be read back intact
= Win32 error 1392. The file system or the reader found data it cannot read. In Setup it typically shows
  up while applying install.wim and is then reported further up as another code (0x8007000D).
- Damaged installation media or download (ISO, USB stick, $WINDOWS.~BT payload)
- Disk or file-system errors on source or target
> Re-create the installation media (new download, another USB stick) and verify the ISO hash
> Run chkdsk on the target volume and check SMART / System log for disk errors

@ ERROR_RESOURCE_TYPE_NOT_FOUND
~ A resource lookup in an executable found nothing
= Win32 error 1813: the requested resource type is not in the executable image. In Setup logs it appears as a
  last-error value and is rarely the cause.
- Version-resource probes of files; stale last-error values
> Follow the main code on the failing line

@ ERROR_XML_PARSE_ERROR 0x800705B9
~ Malformed XML
= Win32 error 1465: an XML document (a manifest, catalog, unattend or metadata file) is malformed.
- Damaged manifests in the component store or a corrupted download
- A hand-edited unattend.xml with an error
> Note which file is being read; run DISM /RestoreHealth for store files, or fix the XML file

@ ERROR_ILLEGAL_CHARACTER
~ Text data contains a character that is not allowed
= Win32 error 582, typically in a manifest or an XML
  document that was damaged.
- Zero-filled or truncated files after a crash
> Treat as store corruption: DISM /ScanHealth, then RestoreHealth

@ ERROR_UNKNOWN_PATCH
~ Windows Installer does not know this patch (a normal applicability answer)
= Win32 error 1647 from Windows Installer. Windows Update asks MSI about patches while evaluating updates;
  "unknown" just means the patch is not installed.
- Applicability checks for MSI-based updates (benign)
> No action unless an MSI update install fails; then check the MSI log of that product

@ RPC_S_SERVER_UNAVAILABLE
~ The service behind the RPC call is not reachable
= Win32 error 1722: the service the caller wanted to talk to is not running or not reachable. CBS logs it when
  the Event Log service is not available early in boot.
- Service not started yet (early boot, Safe Mode) or stopped
- Firewall blocking RPC for remote calls
> If CBS logs it for the event log during startup processing, it is harmless
> Otherwise check that the target service is running

@ RPC_S_UNKNOWN_IF
~ The service does not offer the RPC interface that was called
= Win32 error 1717: the service answered, but does not offer the interface the caller asked for. Often seen
  when a service is still starting or is a different version.
- Scheduling or telemetry tasks called during Setup while services are changing
> Usually harmless in Setup; otherwise check that the target service is the expected version and running

@ ERROR_SUCCESS_REBOOT_REQUIRED ERROR_SUCCESS_RESTART_REQUIRED ERROR_SUCCESS_REBOOT_INITIATED
~ Success, but a restart is needed to finish
= The operation worked and will be complete after a restart (3010, 3011) or a restart was started (1641).
  SetupAPI "exit(0x00000bc2)" / "exit(0x00000bc3)" and CBS "Processing complete [0x80070bc2]" are normal.
- Drivers or files in use that can only be replaced at boot
> Restart the machine; nothing failed

@ ERROR_FAIL_REBOOT_REQUIRED ERROR_FAIL_REBOOT_INITIATED 0x80070BC9
~ The operation failed because a restart is pending first
= Win32 error 3017 (3018 when a restart was already started). CBS uses it when earlier servicing work still
  waits for a reboot, for example "A pending repair transaction already exists".
- Updates or a repair installed without the restart they requested
- A restart that did not complete the pending work
> Restart, then retry the operation (DISM, SFC, the update)
> If it persists after several restarts, look for pending.xml and the RebootPending key under
  HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing

@ ERROR_RM_NOT_ACTIVE ERROR_TRANSACTIONAL_CONFLICT STATUS_TRANSACTION_NOT_ACTIVE STATUS_RM_NOT_ACTIVE STATUS_TRANSACTIONAL_CONFLICT ERROR_TRANSACTION_NOT_ACTIVE
~ A transactional file/registry operation failed (KTM / TxF)
= Servicing commits files and registry changes inside kernel transactions. The transaction or its resource
  manager was not active, or two transactions conflicted.
- The transactional resource manager of the volume was reset (often after a crash), or another transaction
  held the same file
- Damage to the file-system transaction log
> Reboot and retry; if it repeats, run fsutil resource setautoreset true C:\\ and reboot (resets the log)
> Run chkdsk; check that no third-party tool keeps transactions open

@ ERROR_IO_DEVICE ERROR_CRC ERROR_DISK_OPERATION_FAILED STATUS_IO_DEVICE_ERROR STATUS_CRC_ERROR STATUS_DEVICE_DATA_ERROR STATUS_DISK_CORRUPT_ERROR STATUS_FILE_CORRUPT_ERROR ERROR_DISK_CORRUPT
~ The disk or media returned a read/write error
= A hardware-level error: the storage device or media could not read or write the data correctly.
- Failing disk, bad USB stick or scratched DVD, loose cable, storage driver problems
> Check the System log (disk, storahci, stornvme events) and the drive's SMART status
> Run chkdsk /r on the affected volume; replace installation media

@ ERROR_UNABLE_TO_REMOVE_REPLACED ERROR_UNABLE_TO_MOVE_REPLACEMENT ERROR_DELETE_PENDING STATUS_DELETE_PENDING STATUS_CANNOT_DELETE
~ A file could not be replaced or deleted
= Servicing replaces files by renaming old and new copies. The old file could not be removed, the new one
  could not be moved into place, or the file is already marked for deletion.
- File held open by a process or a filter driver
- Permissions or attributes (read-only, system) preventing deletion
> Identify the file on the failing line; retry after a reboot in a clean boot
> Check for security or backup software locking system files
`;

// Windows Setup result codes (MOSETUP_E_*, 0xC19xxxxx) and other unnamed codes that Panther and
// DISM logs print (WIM library, Setup internals, licensing). Written by this project.

export const SETUP_EXPLANATIONS = `
@ MOSETUP_E_SETUP_PLATFORM 0xC1900101
~ Setup failed and rolled back (generic); the extend code and Panther logs tell where
= The generic Windows Setup failure: something failed during the upgrade and Setup rolled back. It is most
  often a driver problem during the Safe OS or first-boot phase. The "extend code" (0x2000C, 0x30018, ...)
  tells the phase (first digit) and the operation (last two digits).
- An incompatible or outdated driver (storage, graphics, network, security filter drivers)
- Third-party security software, disk encryption or VPN clients
- Damaged installation files or low disk space
> Read setuperr.log / setupact.log in $Windows.~BT\\Sources\\Rollback and \\Panther for the first error
> Check setupapi.dev.log (and C:\\$Windows.~BT\\Sources\\Rollback\\setupapi) for the driver being installed
> Update or remove the suspect driver / security software and run Setup again; SetupDiag summarises the logs

@ MOSETUP_E_CLEANUP_PENDING
~ A previous Setup attempt still needs cleanup; restart first
= Setup found leftovers of an earlier attempt that can only be removed at a restart.
- Previous upgrade attempt that did not finish cleaning up
> Restart the machine and run Setup again

@ MOSETUP_E_REPORTING 0xC1900108
~ Setup's consolidated result for telemetry (look for the original code)
= Setup remaps its real error to this code for reporting ("Remapping install error [...] -> [0xC1900108]").
  The code in the brackets before the arrow is the one to follow.
- Any underlying Setup failure
> Find the "Remapping install error" line and decode the original code

@ MOSETUP_E_VERSION_MISMATCH MOSETUP_E_UNSUPPORTED_VERSION MOSETUP_E_UA_VERSION_MISMATCH
~ Setup binaries or tools of an unexpected version
= Parts of Setup (or the update tool) do not match each other or are no longer supported.
- Mixed files from different media; an old Media Creation Tool or Update Assistant
> Download fresh media or the current tool and start again

@ MOSETUP_E_SHUTDOWN_BLOCK MOSETUP_E_TERMINATE_PROCESS MOSETUP_E_PROCESS_CRASHED MOSETUP_E_PROCESS_SUSPENDED MOSETUP_E_UA_BOX_CRASHED MOSETUP_E_COMPAT_TERMINATE
~ The Setup process was terminated, crashed or suspended
= Setup did not finish because its process was ended, crashed or was suspended (for example by shutdown,
  sleep, a user, or security software).
- Machine shut down or went to sleep during Setup; process killed by security software
- Crash of a Setup component (check the Application log)
> Keep the machine on AC power and awake; check the Application log for a crash at that time
> Retry with third-party security software disabled

@ MOSETUP_E_COMPAT_TIMEOUT MOSETUP_E_PROCESS_TIMEOUT MOSETUP_E_EULA_TIMEOUT MOSETUP_E_ADVERTISE_TIMEOUT MOSETUP_E_DOWNLOADDISKSPACE_TIMEOUT MOSETUP_E_INSTALLDISKSPACE_TIMEOUT MOSETUP_E_COMPAT_SYSREQ_TIMEOUT MOSETUP_E_COMPAT_DOWNLOADREQ_TIMEOUT MOSETUP_E_SCRIPT_TIMEOUT
~ Setup waited too long for a step or for the user
= A step (compatibility resolution, license acceptance, disk space, a script) was not completed within Setup's
  time limit.
- Unattended runs that hit an interactive prompt; scripts that hang
> Run Setup with the options for unattended use (/quiet, /eula accept, /compat ignorewarning as appropriate)
> Check custom scripts for hangs

@ MOSETUP_E_TEST_MODE MOSETUP_E_FLIGHTING_BVT
~ Setup stopped for test purposes
= Setup ran in a test configuration and stopped by design.
- Test or flighting settings on the machine
> Remove test settings and run Setup normally

@ MOSETUP_E_UNKNOWN_CMD_LINE MOSETUP_E_INVALID_CMD_LINE MOSETUP_E_AUTOMATION_INVALID
~ Setup's command line or automation input is invalid
= setup.exe was started with options it does not know, or an invalid combination, or invalid automation data.
- Typos or unsupported switches in deployment scripts or task sequences
> Check the command line recorded at the top of setupact.log against setup.exe /? for this version

@ MOSETUP_E_INSTALL_IMAGE_NOT_FOUND MOSETUP_E_NO_MATCHING_INSTALL_IMAGE MOSETUP_E_TARGET_DRIVE_NOT_FOUND MOSETUP_E_MISSING_TASK
~ Setup could not find what it needs to install (image, edition, drive or task)
= The install image, an image matching the current edition, the target drive, or a required task is missing.
- Media without the installed edition (install.wim/esd with other indexes); /ImageIndex not given
- Unusual disk layouts
> Use media that contains the installed edition, or pass /ImageIndex; check the edition with DISM /Get-WimInfo

@ MOSETUP_E_EULA_ACCEPT_REQUIRED MOSETUP_E_EULA_CANCEL MOSETUP_E_EULA_DECLINED MOSETUP_E_ADVERTISE_CANCEL MOSETUP_E_UNINSTALL_ALLOWED_ABORT MOSETUP_E_COMPAT_SYSREQ_CANCEL MOSETUP_E_COMPAT_DOWNLOADREQ_CANCEL MOSETUP_E_COMPAT_MIGCHOICE_CANCEL MOSETUP_E_COMPAT_DEVICEREQ_CANCEL MOSETUP_E_COMPAT_INSTALLREQ_CANCEL MOSETUP_E_COMPAT_RECOVERYREQ_CANCEL MOSETUP_E_DOWNLOADDISKSPACE_CANCEL MOSETUP_E_INSTALLDISKSPACE_CANCEL
~ The user (or an unattended option) cancelled Setup
= Setup stopped because a choice was declined or cancelled: license terms, a compatibility or disk-space
  prompt, or keeping the uninstall option.
- A user cancelled a prompt; an unattended run without the options that answer the prompts
> Nothing failed technically; rerun and accept, or add the right unattended options

@ MOSETUP_E_GATHER_OS_STATE_SIGNATURE MOSETUP_E_GATHER_OS_STATE_FAILED MOSETUP_E_INSTALL_HASH_MISSING MOSETUP_E_INSTALL_HASH_MISMATCH MOSETUP_E_UA_CORRUPT_PAYLOAD_FILES MOSETUP_E_UA_BOX_NOT_FOUND
~ Setup's own files are missing, damaged or not trusted
= Setup found that one of its executables or payload files has a bad signature, a missing or wrong hash, or
  is absent.
- Damaged download; files blocked or removed by security software
> Download the media again (new folder); check that security software did not quarantine Setup files

@ MOSETUP_E_UPDATEMEDIA_REQUESTED MOSETUP_E_FINALIZE_ALREADY_REQUESTED MOSETUP_E_ROLLBACK_PENDING
~ Setup is handing over, already finalising, or a rollback is pending
= Status-like results: a newer Setup will continue, a finalisation was already requested, or a previous
  rollback still has to finish.
- Normal hand-over to updated media; a restart needed after a rollback
> Restart if a rollback is pending; otherwise follow the newer Setup's logs

@ MOSETUP_E_DISK_FULL MOSETUP_E_DOWNLOADDISKSPACE_BLOCK MOSETUP_E_INSTALLDISKSPACE_BLOCK MOSETUP_E_DOWNLOAD_UNPACK_DISKSPACE_BLOCK MOSETUP_E_DOWNLOAD_UNPACK_DISKSPACE_MULTIARCH_BLOCK 0xC190020E
~ Not enough disk space to download or install the upgrade
= The system drive does not have the space Setup needs for the payload and the previous installation.
- Small system drive; large user data or old Windows.old folders
> Free space on C: (Disk Cleanup including previous installations) or attach an external drive when prompted

@ MOSETUP_E_PREINSTALL_SCRIPT_FAILED MOSETUP_E_PRECOMMIT_SCRIPT_FAILED MOSETUP_E_FAILURE_SCRIPT_FAILED
~ A custom Setup script failed
= A script configured to run before installation, before commit, or on failure returned an error.
- Errors in deployment scripts (SetupConfig.ini PostOOBE/PreInstall etc.)
> Check the script's own output and the command recorded in setupact.log

@ MOSETUP_E_COMPAT_SYSREQ_BLOCK MOSETUP_E_COMPAT_DOWNLOADREQ_BLOCK 0xC1900200 0xC1900202
~ The PC does not meet the minimum requirements for this Windows version
= The compatibility check found that the hardware (processor, memory, disk, TPM, Secure Boot for Windows 11)
  does not meet the requirements.
- Unsupported CPU, too little RAM or disk, TPM or Secure Boot disabled
> Run the compatibility check (PC Health Check) or read the compat XML in $Windows.~BT\\Sources\\Panther
> Enable TPM / Secure Boot in firmware if the hardware supports them

@ MOSETUP_E_COMPAT_MIGCHOICE_BLOCK 0xC1900204
~ The chosen migration (keep apps and files) is not possible
= Setup cannot keep what was asked to be kept: the media's edition, language or architecture differs from the
  installed Windows.
- Different edition (Enterprise vs Pro), language or architecture between media and installation
> Use media of the same edition, language and architecture; check with DISM /Get-WimInfo and winver

@ MOSETUP_E_COMPAT_DEVICEREQ_BLOCK MOSETUP_E_COMPAT_INSTALLREQ_BLOCK MOSETUP_E_COMPAT_RECOVERYREQ_BLOCK MOSETUP_E_COMPAT_REPORT_NOT_DISPLAYED 0xC1900208
~ A compatibility problem blocks the upgrade (an app, a driver or a device)
= The compatibility scan found something that must be removed or updated first: an incompatible application,
  driver or device, or a problem with the recovery environment.
- Old security software, VPN clients, disk encryption or virtualisation tools
- Drivers known to fail on the new version
> Read the compatibility XML (CompatData_*.xml in $Windows.~BT\\Sources\\Panther) for the blocking item
> Update or uninstall that item and run Setup again

@ MOSETUP_E_COMPAT_SCANONLY 0xC1900210
~ Compatibility scan finished with no issues (scan-only run)
= Setup was run with /Compat ScanOnly and found nothing blocking. Not a failure.
- Normal result of a scan-only run
> Nothing to fix; proceed with the upgrade

@ MOSETUP_E_NO_OFFER_FOUND MOSETUP_E_UA_NO_PACKAGES_TO_DOWNLOAD MOSETUP_E_UA_UPDATE_CANNOT_BE_MERGED
~ No upgrade offer or package was available
= The update tool found no offer or nothing to download for this device.
- Device not eligible yet, or already up to date; policy holding the device back
> Check the device's eligibility and update policies (target release version, deferrals)

@ 0xC1800104 0xC1800108 0xC1800109
~ Windows Setup internal code (no public name)
= A Setup internal result in the 0xC1800xxx range. Microsoft does not publish names for these; the log line
  tells the context (for example "CDlpTask::Cancel" when Setup's dynamic-update / download task is being
  cancelled).
- Usually a consequence of another error or of cancellation, not a cause
> Read the lines before it for the first error; if Setup was cancelled, nothing else failed here

@ 0xC142011C
~ DISM/WIM probe: the folder is not a mounted image (harmless)
= DISM and Setup ask the WIM library whether a folder is a mounted image. The answer "no" comes back as this
  code, next to "[C:\\] is not a WIM mount point". It appears in every online session.
- Normal image-type probing (the trio FIOReadFileIntoBuffer / UnmarshallImageHandleFromDirectory /
  WIMGetMountedImageHandle)
> Ignore it

@ 0x8144012D 0x81440133 0xC144012E
~ WIM library internal trace code
= Internal status of the WIM (imaging) library, printed on bare "[pid.tid] [0x...]" trace lines while Setup
  applies or captures an image. No public name exists; the line after it, or the next line with a Win32
  code (for example 0x80070570 in ResExtract), shows the real problem.
- Retries while reading a damaged file from install.wim/esd
> Look at the neighbouring trace lines for a Win32 code and decode that one

@ 0xC004F057
~ Software Licensing: no product key found in firmware (often harmless)
= A Software Licensing (activation) code. Setup logs it when it looks for a product key embedded in the
  firmware ("Digital marker product key not detected"); machines without an OEM key simply have none.
- No OEM product key in the firmware (normal for many PCs and VMs)
> Ignore it during Setup; activation problems are diagnosed separately (slmgr /dlv)
`;

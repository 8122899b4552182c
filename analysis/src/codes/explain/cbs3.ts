// Component-Based Servicing explanations, part 3: 0x800F09xx (content acquisition, execution,
// Features on Demand) and the PSFX_E_* payload-delta codes. Written by this project.

export const CBS_MORE_EXPLANATIONS = `
@ CBS_E_XML_PARSER_FAILURE
~ An XML file the servicing stack needs could not be parsed
= CBS could not read a manifest, catalog list or its own pending/session XML because the XML is malformed.
- Truncated or zero-filled files after a crash or power loss
- Disk errors, or files damaged by cleanup or "optimisation" tools
> Note the file or package named nearby; run chkdsk /scan and DISM /ScanHealth
> If it is C:\\Windows\\WinSxS\\pending.xml, do not edit it: revert pending actions from WinRE instead

@ CBS_E_BUSY DISMAPI_E_BUSY 0x800F0902
~ The servicing stack is busy with another operation
= Only one servicing operation runs at a time. Another client (Windows Update, another DISM, a management
  agent) holds the stack.
- Windows Update installing in the background while DISM or a script runs
- A previous DISM command still running or hung
> Wait for the other operation to finish (TiWorker.exe busy in Task Manager), or reboot, then retry
> Check CBS.log for the session that was active at the same time and which client started it

@ CBS_E_INVALID_RECALL
~ An invalid recall request (older servicing stacks)
= Older builds used this code when a request to restore (recall) content could not be honoured. Rare.
- Inconsistent package state from an earlier interrupted operation
> Reboot and retry; run DISM /ScanHealth if it repeats

@ CBS_E_MORE_THAN_ONE_ACTIVE_EDITION CBS_E_NO_ACTIVE_EDITION
~ The image's edition packages are inconsistent
= Exactly one edition package (Home, Pro, Enterprise, Server ...) should be active. CBS found none or
  several, which usually follows a failed edition upgrade or an image assembled incorrectly.
- Interrupted edition change (changepk, DISM /Set-Edition)
- Image built by adding edition packages by hand
> Check DISM /Online /Get-CurrentEdition and the edition packages in DISM /Get-Packages
> An in-place upgrade with media of the intended edition repairs the edition state

@ CBS_E_DOWNLOAD_FAILURE 0x800F0906
~ CBS could not download the files it needed from Windows Update
= To add a feature or repair the store, CBS tried to fetch content from Windows Update and the download
  failed.
- No internet access, or a proxy/firewall blocking Windows Update endpoints for SYSTEM
- Machine pointed at WSUS with direct Windows Update content disabled
> Check WindowsUpdate.log / Delivery Optimization at the same time for the network error
> Allow direct download with the policy "Specify settings for optional component installation and component repair"
> Or supply the files with /Source (install.wim or a Features on Demand ISO of the same build)

@ CBS_E_GROUPPOLICY_DISALLOWED CBS_E_WINDOWS_AUTOMATIC_UPDATE_SETTING_DISALLOWED
~ Policy does not let CBS use Windows Update for content
= Group policy or the automatic update settings forbid the servicing stack from downloading payload from
  Windows Update, and no other source was available.
- "Never attempt to download payload from Windows Update" set, or Windows Update disabled by policy
> Review the policy "Specify settings for optional component installation and component repair" (gpresult /h)
> Provide a local /Source of the same build instead

@ CBS_E_METERED_NETWORK
~ The download was blocked because the connection is metered
= Windows does not download servicing content over a metered connection unless allowed.
- Mobile hotspot, cellular connection, or a network marked as metered
> Use an unmetered network or allow downloads over metered connections, then retry

@ CBS_E_REPAIR_PACKAGE_CORRUPT
~ The package used for repair is itself damaged
= The content CBS selected to repair the store failed verification.
- Damaged download cache, or a /Source that is itself corrupt
> Clear the download (restart the update services) or use fresh installation media as /Source

@ CBS_E_COMPONENT_NOT_INSTALLED_BY_CBS
~ The component was not installed through the servicing stack
= CBS can only service or repair what it installed. This component came from somewhere else, so CBS will not
  touch it.
- Files placed by another installer or copied manually
> Service that component with the installer that put it there

@ CBS_E_MISSING_PACKAGE_MAPPING_INDEX CBS_E_EMPTY_PACKAGE_MAPPING_INDEX CBS_E_WUSUS_MAPPING_UNAVAILABLE CBS_E_WU_MAPPING_UNAVAILABLE CBS_E_WUSUS_BYPASS_MAPPING_UNAVAILABLE CBS_E_WUSUS_MISSING_PACKAGE_MAPPING_INDEX CBS_E_WU_MISSING_PACKAGE_MAPPING_INDEX CBS_E_WUSUS_BYPASS_MISSING_PACKAGE_MAPPING_INDEX CBS_E_3RD_PARTY_MAPPING_UNAVAILABLE CBS_E_3RD_PARTY_MISSING_PACKAGE_MAPPING_INDEX
~ CBS could not map the needed package to downloadable content
= To fetch a feature or repair payload, CBS looks up an index that maps packages to downloadable files. For the
  source it tried (WSUS, Windows Update, a WSUS bypass, or a third-party server), the index was missing or
  did not list the package.
- WSUS does not host Features on Demand or repair content
- The build is new or old enough that the content is not published for it
> Point the machine at Windows Update for optional content (policy for optional component installation)
> Or use the Features on Demand / language ISO matching the exact build with /Source and /LimitAccess

@ CBS_E_WINDOWS_UPDATE_SEARCH_FAILURE
~ CBS's search on Windows Update failed
= CBS asked the Windows Update agent to search for content and the search itself failed.
- Network, proxy or WSUS problems; the Windows Update service disabled
> Open WindowsUpdate.log at the same time and decode the WU_E / network code logged there

@ CBS_E_SOURCE_MODIFIED
~ The payload source changed during the operation
= Content in the source CBS was using changed between steps, so CBS stopped rather than mixing versions.
- Installation media swapped or a network share updated while the operation ran
> Keep the same source mounted for the whole operation and retry

@ CBS_E_ONDEMAND_LOCALSOURCE_NOT_FOUND
~ The configured local source for features was not found
= A local repository for Features on Demand or repair content is configured, but CBS could not find it.
- Path in the policy or /Source no longer exists or is not reachable by SYSTEM
> Check the path in the optional-component policy or on the command line, and its permissions

@ CBS_E_WINRE_NOT_ENABLED
~ The operation needs the Windows Recovery Environment enabled
= The update or action works on WinRE, but WinRE is disabled or not configured.
- reagentc /disable was run, or the recovery partition is missing
> Check with reagentc /info; enable it with reagentc /enable (fix the recovery partition first if needed)

@ CBS_E_REPAIR_CONTENT_MISSING CBS_E_PAYLOAD_FILE_MISSING CBS_E_UNO_PACKAGE_CAB_MISSING
~ Content needed for the install or repair is missing
= A payload file, a package cab or the repair content CBS expected is not in the store or the source.
  These behave like CBS_E_SOURCE_MISSING.
- Files removed from the store; source media of another build
> Repair with DISM /RestoreHealth using a matching /Source, or reinstall the update that owns the content

@ CBS_E_HANG_DETECTED 0x800F0920
~ CBS detected that the last servicing operation hung
= On the next start CBS found that an operation did not complete within its time limit (often during the
  shutdown/startup phase of an update) and rolled it back.
- An advanced installer or a service stop/start waiting forever
- Security or backup software holding files the update needs
- Very slow or failing disk
> Read the lines before "A possible hang was detected": the last Exec/Installer action is the suspect
> Check the System log for the same boot (service timeouts, disk errors)
> Retry in a clean boot (third-party services disabled); run DISM /ScanHealth if it repeats

@ CBS_E_PRIMITIVES_FAILED 0x800F0921
~ Low-level file or registry operations of the update failed
= The "primitives" are the file and registry operations that commit an update (many run at the next boot by
  poqexec). One of them failed.
- File locked or access denied (security software, wrong ACLs on system files)
- Disk errors or a full disk during the commit
> Look for poqexec / CSI "(F)" records and their Win32 codes around the failure
> Check permissions on the files named there and run chkdsk /scan

@ CBS_E_INSTALLERS_FAILED 0x800F0922
~ One of the update's own install actions failed, so the update rolled back
= Besides copying files, updates run component-specific installers ("advanced installers") and generic
  commands. One of them failed, and the update was rolled back.
- Not enough space on the System Reserved / EFI partition (boot files, WinRE updates)
- A specific installer failing (Task Scheduler, .NET, networking, App-V); the name appears in the log
- VPN or firewall software blocking the connection an installer needs
> Search for "Failed execution of queue item Installer:" and the installer's own error just before it
> Check free space on the System Reserved / EFI partition (mountvol or Disk Management)
> Fix what that installer needs (service, task, file) and retry

@ CBS_E_SAFEMODE_ENTERED
~ Servicing is not done in Safe Mode
= The system is running in Safe Mode, where CBS does not carry out normal servicing.
- Machine booted into Safe Mode (msconfig or a boot failure)
> Restart normally and retry the operation

@ CBS_E_INVALID_EXECUTESTATE
~ CBS's record of where an operation stopped is invalid
= CBS stores the stage of an in-progress operation (ExecuteState). The stored value is not one it expects,
  usually after an interrupted or failed update.
- Power loss or crash during an update; registry damaged
> Reboot to let CBS finish or roll back; check ExecuteState under
  HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing
> If the system cannot recover, revert pending actions from WinRE or do an in-place upgrade

@ CBS_E_CANNOT_REMOVE_CONTAINER_DEPENDENCY
~ The package cannot be removed because a container package depends on it
= The package is part of a larger package (a container such as a cumulative or feature package) that still
  needs it.
- Trying to remove a sub-package of an update instead of the update itself
> Remove (or replace) the containing update instead

@ CBS_E_SOURCE_MISSING_FROM_WUSUS_CAB CBS_E_SOURCE_MISSING_FROM_WUSUS_EXPRESS CBS_E_SOURCE_MISSING_FROM_WU_CAB CBS_E_SOURCE_MISSING_FROM_WU_EXPRESS CBS_E_SOURCE_MISSING_FROM_WUSUS_BYPASS_CAB CBS_E_SOURCE_MISSING_FROM_WUSUS_BYPASS_EXPRESS CBS_E_SOURCE_MISSING_FROM_3RD_PARTY_CAB CBS_E_SOURCE_MISSING_FROM_3RD_PARTY_EXPRESS
~ The download source did not contain the needed payload
= Like CBS_E_SOURCE_MISSING, but naming the source that was tried: WSUS, Windows Update, a WSUS bypass or a
  third-party server, as a full cab or an express (delta) package.
- WSUS approved the update but does not hold the content CBS needs for repair or features
- Express content not available for this build
> Allow direct Windows Update content via the optional-component policy, or use /Source with matching media

@ CBS_E_NO_OPTIONAL_CONTENT_FOUND_FOR_BUILD CBS_E_INVALID_WINDOWS_UPDATE_COUNT CBS_E_NO_OPTIONAL_CONTENT_FOUND_ON_UPDATE_SERVERS CBS_E_INVALID_WINDOWS_UPDATE_COUNT_WSUS 0x800F0954 0x800F0950
~ No optional content (Features on Demand, languages) was found for this build
= CBS searched for a Feature on Demand, .NET 3.5 or language content and found nothing for this build. With
  WSUS (0x800F0954) it is the classic symptom of a managed machine asking WSUS for content WSUS does not
  carry. Older builds used the names ..._INVALID_WINDOWS_UPDATE_COUNT for these values.
- Machine configured for WSUS; WSUS does not provide Features on Demand
- Content not published for an Insider or out-of-support build
> Set the policy to download repair content and optional features directly from Windows Update
> Or install from the Features on Demand ISO of the same build: DISM /Add-Capability /Source:... /LimitAccess

@ CBS_E_INVALID_NO_PRODUCT_REGISTERED CBS_E_INVALID_ACTION_LIST_PACKAGE_COUNT CBS_E_INVALID_ACTION_LIST_INSTALL_REASON CBS_E_INVALID_ACTION_LIST_INSTALL_ACTION
~ The list of actions handed to CBS is invalid
= The client passed CBS an action list (which packages to install and why) that it cannot accept, or no
  product is registered to search for.
- Mismatch between the Windows Update agent and the servicing stack after an incomplete update
> Install the latest servicing stack and cumulative update; retry from Windows Update

@ CBS_E_INVALID_PACKAGE_REQUEST_ON_MULTILINGUAL_FOD
~ Invalid request for a multi-language Feature on Demand
= A Feature on Demand that has language-specific parts was requested in a way CBS cannot satisfy, for example
  a language part without its base, or for a language that is not installed.
- Adding FoD language packages in the wrong order or for missing languages
> Add the base capability first, then the language parts for installed languages only

@ PSFX_E_DELTA_NOT_SUPPORTED_FOR_COMPONENT PSFX_E_INVALID_DELTA_COMBINATION PSFX_E_UNSUPPORTED_COMPRESSION_SWITCH PSFX_E_REBASE_HASH_ALG_NOT_SUPPORTED
~ The update's delta payload cannot be used for this component
= Modern cumulative updates ship only the differences (deltas) between file versions and rebuild files
  ("hydration") from the versions in the store. This delta, or its combination or compression, cannot be
  applied to the component as it exists here.
- Component store at an unexpected level (earlier updates failed or were removed)
- Payload from a different build mixed into the package
> Run DISM /Online /Cleanup-Image /RestoreHealth, then install the latest cumulative update
> If it repeats, an in-place upgrade brings the store back to a consistent baseline

@ PSFX_E_REVERSE_AND_FORWARD_DELTAS_MISSING PSFX_E_REVERSE_DELTA_MISSING PSFX_E_APPLY_REVERSE_DELTA_FAILED PSFX_E_APPLY_FORWARD_DELTA_FAILED PSFX_E_NULL_DELTA_HYDRATION_FAILED 0x800F0986
~ A file could not be rebuilt from the update's deltas
= To install a delta-based update, CBS first goes back from the installed file to the release baseline using
  the stored reverse delta (the "r" folder of the component in WinSxS), then applies the update's forward
  delta ("f"). A needed delta is missing, or applying it did not produce the expected file.
- Reverse deltas removed by cleanup tools or "debloat" scripts, or lost in a failed update
- The installed file was modified or damaged, so the delta does not fit
> Find the component and file named in CBS.log near the error
> Run DISM /Online /Cleanup-Image /RestoreHealth with a /Source of the same build and patch level if needed
> If repair cannot supply the file, do an in-place upgrade with current media

@ PSFX_E_MATCHING_COMPONENT_NOT_FOUND PSFX_E_MATCHING_COMPONENT_DIRECTORY_MISSING PSFX_E_MATCHING_BINARY_MISSING PSFX_E_REBASE_HYDRATION_CANDIDATES_MISSING PSFX_E_REBASE_MISSING_BASE_FILE PSFX_E_MISSING_PAYLOAD_FILE PSFX_E_PARTIAL_HYDRATION 0x800F0984 0x800F0982
~ The base file a delta must be applied to is missing from the store
= Hydration needs an existing version of the component's file in WinSxS to apply the delta to. CBS could not
  find a matching component, its directory, or the file inside it, so the new file cannot be built.
- WinSxS content deleted by cleanup tools, or an earlier update rolled back incompletely
- Store left inconsistent by a known bad update, fixed by a later servicing stack or cumulative update
> Note the component/file CBS names; check that the folder exists under C:\\Windows\\WinSxS
> Run DISM /RestoreHealth with a source of the same build, then install the newest servicing stack and
  cumulative update
> If the file cannot be restored, an in-place upgrade is the reliable fix

@ CBS_S_BUSY CBS_S_ALREADY_EXISTS
~ CBS status code: success with a note
= Success codes of the servicing stack: the stack was busy and queued the request, or the item to be created
  already exists. Neither is a failure.
- Normal operation, for example a second request while another one runs
> Nothing to fix; read on to the final result of the session
`;

// SetupAPI / device-installation codes: the setupapi.h ERROR_* values (0xE000xxxx) and their
// HRESULT forms SPAPI_E_* (0x800Fxxxx) share each entry. Written by this project.

export const SETUPAPI_EXPLANATIONS = `
@ SPAPI_E_EXPECTED_SECTION_NAME ERROR_EXPECTED_SECTION_NAME SPAPI_E_BAD_SECTION_NAME_LINE ERROR_BAD_SECTION_NAME_LINE SPAPI_E_SECTION_NAME_TOO_LONG ERROR_SECTION_NAME_TOO_LONG SPAPI_E_GENERAL_SYNTAX ERROR_GENERAL_SYNTAX
~ The INF file has a syntax error
= SetupAPI could not parse the driver's INF: a section header is missing or malformed, too long, or a line
  has invalid syntax.
- A damaged or hand-edited INF; an INF saved in an unsupported encoding
> Open the INF named in setupapi.dev.log and check the section at the reported line
> Get a fresh copy of the driver package from the vendor

@ SPAPI_E_WRONG_INF_STYLE ERROR_WRONG_INF_STYLE SPAPI_E_WRONG_INF_TYPE ERROR_WRONG_INF_TYPE SPAPI_E_INCORRECTLY_COPIED_INF ERROR_INCORRECTLY_COPIED_INF
~ The INF is of the wrong style or type, or was copied incorrectly
= The INF is not the kind of INF this operation expects (an old-style INF, an INF type not allowed here), or
  it was copied into the INF folder by hand instead of being installed through the driver store.
- Legacy or non-driver INFs used as driver packages; INFs copied manually into C:\\Windows\\INF
> Install the driver with pnputil /add-driver <inf> /install instead of copying files
> Use a driver package made for this Windows version

@ SPAPI_E_SECTION_NOT_FOUND ERROR_SECTION_NOT_FOUND SPAPI_E_LINE_NOT_FOUND ERROR_LINE_NOT_FOUND
~ A section or line the INF refers to does not exist
= A directive points at an INF section or line that is not there, often because the INF has no section for
  this architecture or OS version (for example a missing .NTamd64 decoration).
- INF written for another architecture or OS version
- Lookups of optional sections (harmless when logged at low level and followed by success)
> Check the INF's [Manufacturer] / [Models] decorations against the OS architecture
> Ignore it if the section ends with SUCCESS

@ SPAPI_E_NO_BACKUP ERROR_NO_BACKUP
~ No backup of the replaced files exists
= SetupAPI was asked to restore or roll back files for which no backup was made.
- Rolling back a driver installed without a backup
> Reinstall the previous driver version from its package instead of rolling back

@ SPAPI_E_NO_ASSOCIATED_CLASS ERROR_NO_ASSOCIATED_CLASS SPAPI_E_CLASS_MISMATCH ERROR_CLASS_MISMATCH SPAPI_E_INVALID_CLASS ERROR_INVALID_CLASS SPAPI_E_NO_SUCH_INTERFACE_CLASS ERROR_NO_SUCH_INTERFACE_CLASS
~ The device setup class is missing, invalid or does not match
= The INF's device setup class (Class/ClassGuid) is missing, not installed, malformed, or different from the
  class of the device being installed.
- INF with a wrong or custom class whose class installer is not present
- Installing a driver for one kind of device onto another kind
> Check Class and ClassGuid in the INF's [Version] section against the device (Device Manager, class GUID)
> Install the class's own package first if it uses a custom class

@ SPAPI_E_DUPLICATE_FOUND ERROR_DUPLICATE_FOUND SPAPI_E_DEVINST_ALREADY_EXISTS ERROR_DEVINST_ALREADY_EXISTS
~ A duplicate device or entry already exists
= The device instance or item being created already exists.
- Repeated install attempts for the same root-enumerated device
> Remove the stale device (Device Manager, show hidden devices) and install again

@ SPAPI_E_NO_DRIVER_SELECTED ERROR_NO_DRIVER_SELECTED SPAPI_E_NO_DEVICE_SELECTED ERROR_NO_DEVICE_SELECTED SPAPI_E_NO_COMPAT_DRIVERS ERROR_NO_COMPAT_DRIVERS SPAPI_E_NO_CLASS_DRIVER_LIST ERROR_NO_CLASS_DRIVER_LIST
~ No suitable driver was found or selected for the device
= Driver ranking found no driver whose hardware or compatible IDs match the device, or no driver was chosen
  before installation continued.
- The INF does not list the device's hardware ID (wrong model, revision or subsystem ID)
- Driver package for another architecture or OS version
> Compare the device's hardware IDs (Device Manager > Details) with the INF's [Models] section
> Get the driver built for this exact device and Windows version

@ SPAPI_E_KEY_DOES_NOT_EXIST ERROR_KEY_DOES_NOT_EXIST SPAPI_E_INVALID_REG_PROPERTY ERROR_INVALID_REG_PROPERTY SPAPI_E_PNP_REGISTRY_ERROR ERROR_PNP_REGISTRY_ERROR
~ The device's registry information is missing or broken
= A registry key or property of the device (under the Enum or Class keys) does not exist, is invalid, or the
  Plug and Play registry could not be accessed.
- Damaged device registry data after failed installs; security software blocking registry writes
- Damaged SYSTEM or DRIVERS hive
> Remove the device and rescan; check the System log for registry errors
> If many devices are affected, check hive health (see ERROR_BADDB) and the disk

@ SPAPI_E_INVALID_DEVINST_NAME ERROR_INVALID_DEVINST_NAME SPAPI_E_NO_SUCH_DEVINST ERROR_NO_SUCH_DEVINST SPAPI_E_DEVINFO_NOT_REGISTERED ERROR_DEVINFO_NOT_REGISTERED SPAPI_E_INVALID_HWPROFILE ERROR_INVALID_HWPROFILE
~ The device instance does not exist or is not valid
= The device the operation refers to is unknown, its instance ID is malformed, or it is not registered.
- Device removed or re-enumerated during the operation
- Scripts using a wrong instance ID
> Re-enumerate (Device Manager > Scan for hardware changes) and use the current instance ID

@ SPAPI_E_NO_INF ERROR_NO_INF SPAPI_E_NO_CATALOG_FOR_OEM_INF ERROR_NO_CATALOG_FOR_OEM_INF SPAPI_E_NOT_AN_INSTALLED_OEM_INF ERROR_NOT_AN_INSTALLED_OEM_INF
~ The INF (or its catalog) is missing or not installed
= SetupAPI could not find the INF for the device, the OEM INF has no catalog (.cat) to sign it, or the named
  oemNN.inf is not an installed third-party INF.
- Driver package incomplete (INF without its .cat file)
- Referring to an oemNN.inf that was already removed
> Make sure the whole package (INF, CAT, SYS) is present; list installed packages with pnputil /enum-drivers

@ SPAPI_E_CANT_LOAD_CLASS_ICON ERROR_CANT_LOAD_CLASS_ICON SPAPI_E_NO_DEVICE_ICON ERROR_NO_DEVICE_ICON
~ A class or device icon could not be loaded (cosmetic)
= Only the icon used by device UI is missing.
- Class installer or icon resource missing
> No action for installation problems; reinstall the class package if Device Manager shows generic icons

@ SPAPI_E_INVALID_CLASS_INSTALLER ERROR_INVALID_CLASS_INSTALLER SPAPI_E_INVALID_COINSTALLER ERROR_INVALID_COINSTALLER SPAPI_E_INVALID_PROPPAGE_PROVIDER ERROR_INVALID_PROPPAGE_PROVIDER SPAPI_E_INVALID_FILTER_DRIVER ERROR_INVALID_FILTER_DRIVER
~ A class installer, co-installer, property page provider or filter is invalid
= A DLL or driver registered to take part in device installation could not be loaded or is not registered
  correctly.
- Leftover registrations of uninstalled software (co-installers, upper/lower filters)
- Missing or blocked DLL referenced by the INF
> Look at the CoInstallers32 / UpperFilters / LowerFilters values of the class and device keys
> Remove registrations that point to software that is no longer installed

@ SPAPI_E_DI_DO_DEFAULT ERROR_DI_DO_DEFAULT
~ "Do the default action" - not an error
= A class installer returns this to tell SetupAPI to carry out its default handling. setupapi.dev.log shows it
  on many DIF_* blocks in successful sections: exit(0xe000020e) is normal.
- Normal device-installation flow
> Nothing to fix

@ SPAPI_E_DI_NOFILECOPY ERROR_DI_NOFILECOPY SPAPI_E_DI_POSTPROCESSING_REQUIRED ERROR_DI_POSTPROCESSING_REQUIRED SPAPI_E_DI_DONT_INSTALL ERROR_DI_DONT_INSTALL SPAPI_E_DI_FUNCTION_OBSOLETE ERROR_DI_FUNCTION_OBSOLETE
~ Class-installer control code
= Codes that installers exchange to steer device installation: skip file copy, post-processing needed, do not
  install this device, or the requested function is obsolete. Usually part of normal flow.
- Class or co-installer deciding how installation proceeds
> Only investigate if the section ends in FAILURE with this code; then check the class installer involved

@ SPAPI_E_DEVINFO_LIST_LOCKED ERROR_DEVINFO_LIST_LOCKED SPAPI_E_DEVINFO_DATA_LOCKED ERROR_DEVINFO_DATA_LOCKED SPAPI_E_FILEQUEUE_LOCKED ERROR_FILEQUEUE_LOCKED
~ The device list or file queue is in use by another operation
= SetupAPI structures are locked because another installation step is using them.
- Concurrent installs, or an installer re-entering SetupAPI
> Retry after the other installation finishes; a restart clears stuck installs

@ SPAPI_E_DI_BAD_PATH ERROR_DI_BAD_PATH
~ The path to the driver files is invalid
= The source path for the driver files is not valid or not reachable.
- Media removed, a network share not reachable by the installing account
> Copy the driver package locally and install from there

@ SPAPI_E_NO_CLASSINSTALL_PARAMS ERROR_NO_CLASSINSTALL_PARAMS
~ Class-install parameters are missing
= An installer asked for parameters that were not set for the device.
- Class or co-installer logic expecting parameters from a UI step
> Reinstall through the normal path (Device Manager or pnputil); update the vendor package

@ SPAPI_E_BAD_SERVICE_INSTALLSECT ERROR_BAD_SERVICE_INSTALLSECT SPAPI_E_BAD_INTERFACE_INSTALLSECT ERROR_BAD_INTERFACE_INSTALLSECT
~ A service or interface install section of the INF is invalid
= The INF's AddService or AddInterface instructions are malformed.
- Errors in the vendor's INF
> Check the AddService / interface sections of the INF; get a corrected package from the vendor

@ SPAPI_E_NO_ASSOCIATED_SERVICE ERROR_NO_ASSOCIATED_SERVICE 0xE0000219
~ The device has no function driver service assigned
= The driver installed for the device does not assign a function driver (no AddService with SPSVCINST_ASSOCSERVICE),
  so the device cannot start.
- INF lacking the service association for this device, or a device that needs a specific driver instead of
  a generic one
> Check the INF's AddService line for this model; install the device-specific driver

@ SPAPI_E_NO_DEFAULT_DEVICE_INTERFACE ERROR_NO_DEFAULT_DEVICE_INTERFACE ERROR_NO_DEFAULT_INTERFACE_DEVICE ERROR_INTERFACE_DEVICE_ACTIVE ERROR_INTERFACE_DEVICE_REMOVED ERROR_NO_SUCH_INTERFACE_DEVICE SPAPI_E_DEVICE_INTERFACE_ACTIVE ERROR_DEVICE_INTERFACE_ACTIVE SPAPI_E_DEVICE_INTERFACE_REMOVED ERROR_DEVICE_INTERFACE_REMOVED SPAPI_E_NO_SUCH_DEVICE_INTERFACE ERROR_NO_SUCH_DEVICE_INTERFACE SPAPI_E_INVALID_REFERENCE_STRING ERROR_INVALID_REFERENCE_STRING
~ A device interface is missing, active, removed or named wrongly
= Operations on device interfaces (how software finds a device) failed because the interface is not there, is
  in use, was removed, or its reference string is invalid.
- Device removed or driver not started; applications holding the interface
> Check the device's status in Device Manager; restart the device or the system

@ SPAPI_E_INVALID_MACHINENAME ERROR_INVALID_MACHINENAME SPAPI_E_REMOTE_COMM_FAILURE ERROR_REMOTE_COMM_FAILURE SPAPI_E_MACHINE_UNAVAILABLE ERROR_MACHINE_UNAVAILABLE SPAPI_E_NO_CONFIGMGR_SERVICES ERROR_NO_CONFIGMGR_SERVICES SPAPI_E_REMOTE_REQUEST_UNSUPPORTED ERROR_REMOTE_REQUEST_UNSUPPORTED
~ Plug and Play services could not be reached (locally or remotely)
= SetupAPI could not talk to the Plug and Play service on the target machine, or remote device management is
  not supported.
- Plug and Play service not running; remote device management blocked
> Run device operations locally; check that the PlugPlay service is running

@ SPAPI_E_INVALID_INF_LOGCONFIG ERROR_INVALID_INF_LOGCONFIG
~ A LogConfig section of the INF is invalid
= The INF's legacy resource configuration (LogConfig) is malformed. Modern Windows ignores LogConfig for most
  devices ("Legacy directive 'LogConfig' will be ignored").
- Old INF written for legacy hardware
> Usually harmless; if installation fails, get a current driver package

@ SPAPI_E_NON_WINDOWS_NT_DRIVER ERROR_NON_WINDOWS_NT_DRIVER SPAPI_E_NON_WINDOWS_DRIVER ERROR_NON_WINDOWS_DRIVER SPAPI_E_DRIVER_NONNATIVE ERROR_DRIVER_NONNATIVE SPAPI_E_DEVINSTALL_QUEUE_NONNATIVE ERROR_DEVINSTALL_QUEUE_NONNATIVE SPAPI_E_IN_WOW64 ERROR_IN_WOW64
~ The driver is not for this Windows platform or architecture
= The driver package targets another platform (a non-NT or 32-bit driver on 64-bit Windows), or a 32-bit
  process tried to install drivers on 64-bit Windows.
- Wrong driver download (x86 vs x64 vs ARM64)
- A 32-bit installer calling SetupAPI under WOW64
> Get the driver for this architecture; use the 64-bit installer or pnputil on 64-bit Windows

@ SPAPI_E_NOT_DISABLEABLE ERROR_NOT_DISABLEABLE SPAPI_E_CANT_REMOVE_DEVINST ERROR_CANT_REMOVE_DEVINST
~ The device cannot be disabled or removed
= The device is required by the system (boot or system device) or is in use.
- Attempt to disable/remove a boot-critical device
> Leave the device; update its driver instead of removing it

@ SPAPI_E_INVALID_TARGET ERROR_INVALID_TARGET
~ The target of the operation is invalid
= The driver or operation does not apply to the target the caller specified.
- Wrong device or path passed to an installer
> Check the target device and the command line of the installer

@ SPAPI_E_SET_SYSTEM_RESTORE_POINT ERROR_SET_SYSTEM_RESTORE_POINT
~ A restore point is needed before installing (status)
= The installer should create a System Restore point before continuing; reported as a status by SetupAPI.
- Driver installation that asks for a restore point
> Make sure System Restore is working if the install stops here; otherwise nothing to fix

@ SPAPI_E_SCE_DISABLED ERROR_SCE_DISABLED
~ Security template processing is disabled
= The INF asks to apply security settings, but the Security Configuration Engine is not available.
- Minimal images or policies that disable SCE
> Install on a full image, or remove the security section dependency (vendor)

@ SPAPI_E_UNKNOWN_EXCEPTION ERROR_UNKNOWN_EXCEPTION SPAPI_E_UNRECOVERABLE_STACK_OVERFLOW ERROR_UNRECOVERABLE_STACK_OVERFLOW
~ SetupAPI or an installer crashed internally
= An exception (or stack overflow) happened inside device installation code, often inside a vendor
  co-installer.
- Buggy class or co-installer DLLs
> Look in setupapi.dev.log for the co-installer that was running; update or remove that vendor software

@ SPAPI_E_INF_IN_USE_BY_DEVICES ERROR_INF_IN_USE_BY_DEVICES
~ The driver package is still used by devices
= The package cannot be removed from the driver store because devices are using it.
- pnputil /delete-driver without /uninstall or /force while devices use it
> Remove or update the devices first, or use pnputil /delete-driver oemNN.inf /uninstall

@ SPAPI_E_NO_AUTHENTICODE_CATALOG ERROR_NO_AUTHENTICODE_CATALOG SPAPI_E_AUTHENTICODE_DISALLOWED ERROR_AUTHENTICODE_DISALLOWED SPAPI_E_ONLY_VALIDATE_VIA_AUTHENTICODE ERROR_ONLY_VALIDATE_VIA_AUTHENTICODE SPAPI_E_SIGNATURE_OSATTRIBUTE_MISMATCH ERROR_SIGNATURE_OSATTRIBUTE_MISMATCH SPAPI_E_FILE_HASH_NOT_IN_CATALOG ERROR_FILE_HASH_NOT_IN_CATALOG
~ The driver's signature does not meet the requirements
= Signature checks failed: no Authenticode catalog, Authenticode not accepted for this driver class, the
  catalog is not valid for this OS version, or a file's hash is not in the catalog.
- Files of the package changed after signing (hash not in catalog)
- Catalog signed for other OS versions (OS attribute mismatch) or test-signed packages
> Reinstall the unmodified package; check with signtool verify /v /kp or the file's signature tab
> Use a driver signed for this Windows version

@ SPAPI_E_AUTHENTICODE_TRUSTED_PUBLISHER ERROR_AUTHENTICODE_TRUSTED_PUBLISHER
~ Signed by a trusted publisher - not an error
= SetupAPI reports that the INF's catalog is Authenticode-signed by a publisher in the Trusted Publishers
  store. setupapi.dev.log prints it as "Error 0xe0000241" but it is a success result.
- Normal signature verification
> Nothing to fix

@ SPAPI_E_AUTHENTICODE_TRUST_NOT_ESTABLISHED ERROR_AUTHENTICODE_TRUST_NOT_ESTABLISHED SPAPI_E_AUTHENTICODE_PUBLISHER_NOT_TRUSTED ERROR_AUTHENTICODE_PUBLISHER_NOT_TRUSTED
~ The driver's publisher is not (yet) trusted
= The catalog is validly signed, but the publisher is not established as trusted (the user may be prompted),
  or has been marked as not trusted. When followed by "user trusts signer" it is only a warning.
- First installation of a vendor's driver; publisher certificate not in Trusted Publishers
- Publisher explicitly distrusted by policy
> For unattended installs, add the publisher certificate to Trusted Publishers beforehand
> If installation failed, check whether policy distrusts the publisher

@ SPAPI_E_DEVICE_INSTALLER_NOT_READY ERROR_DEVICE_INSTALLER_NOT_READY
~ The device installer is not ready yet
= Device installation cannot run yet, typically early in setup or boot before the installer service is ready.
- Installation attempted during OOBE/boot or while the DeviceInstall service is busy
> Retry later or after the system has fully started

@ SPAPI_E_DRIVER_STORE_ADD_FAILED ERROR_DRIVER_STORE_ADD_FAILED 0xE0000247
~ The driver package could not be added to the driver store
= Importing the package into C:\\Windows\\System32\\DriverStore failed ("Failed to import driver package into
  Driver Store"). The inner cause is logged just before in setupapi.dev.log ("sto:", "idb:", "flq:" lines).
- Signature or catalog problems; files missing from the package
- Registry problems in the DRIVERS hive (then ERROR_BADDB appears as well)
- Access denied by security software, or low disk space
> Find the first "!!!" line in the same section and decode its Error = value
> Verify the package (all files, signature) and free space; retry with security software removed if access
  is denied

@ SPAPI_E_DRIVER_STORE_DELETE_FAILED ERROR_DRIVER_STORE_DELETE_FAILED
~ The driver package could not be removed from the driver store
= Deleting a package from the driver store failed.
- Package still in use, or files locked; registry problems in the DRIVERS hive
> Check the preceding "sto:"/"idb:" lines for the inner error; retry after a restart

@ SPAPI_E_DEVICE_INSTALL_BLOCKED ERROR_DEVICE_INSTALL_BLOCKED SPAPI_E_DRIVER_INSTALL_BLOCKED ERROR_DRIVER_INSTALL_BLOCKED
~ Installation of the device or driver is blocked by policy
= Device installation restrictions (group policy) or a driver block list prevents the installation.
- Policies under Device Installation Restrictions (by class, ID or removable devices)
- The driver is on a block list for known problems
> Check gpresult /h for Device Installation Restrictions; setupapi.dev.log names the blocking policy
> Install a different (fixed) driver version if it is on a block list

@ SPAPI_E_ERROR_NOT_INSTALLED ERROR_NOT_INSTALLED
~ The requested item is not installed
= SetupAPI reports that what the caller refers to (a driver or component) is not installed.
- Removing or querying a driver that is already gone
> Verify with pnputil /enum-drivers; usually nothing to fix
`;

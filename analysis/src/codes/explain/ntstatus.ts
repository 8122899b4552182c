// NTSTATUS values that CSI records and Setup print (STATUS_SXS_* are with the ERROR_SXS_* entries
// in win32more.ts). Written by this project.

export const NTSTATUS_EXPLANATIONS = `
@ STATUS_OBJECT_NAME_NOT_FOUND STATUS_OBJECT_PATH_NOT_FOUND STATUS_NO_SUCH_FILE STATUS_NOT_FOUND 0xD0000034
~ The file, registry key or path does not exist
= The NTSTATUS forms of "not found". CSI records print them for lookups that are allowed to miss, such as
  "Shim considered ...\\wcp.dll : got STATUS_OBJECT_PATH_NOT_FOUND" while DISM looks for a servicing stack
  in candidate folders, or probes of keys before creating them. As the status of an "(F)" record they point
  at missing store content.
- Probes for optional files or keys (benign when no "(F)" record follows)
- Missing component files or registry keys in the store
> Check whether the record is an "(F)" failure with "originated in function"; if not, ignore it
> If it is, note the path and run DISM /RestoreHealth

@ STATUS_ACCESS_DENIED
~ Access denied at the kernel level
= The NTSTATUS form of access denied: the caller lacks rights on the file or key, or a filter driver blocked
  the operation.
- Security or endpoint software; changed permissions on system files or keys
> Check the path's owner and ACL; test with third-party filter drivers removed (fltmc lists them)

@ STATUS_OBJECT_NAME_COLLISION
~ The object already exists
= A file or key to be created already exists. Often part of normal "create if absent" logic.
- Leftover files from a previous attempt
> Ignore unless it is the final failure; then remove the leftover named on the line after a reboot

@ STATUS_UNSUCCESSFUL STATUS_NOT_SUPPORTED STATUS_INVALID_PARAMETER
~ Generic NTSTATUS failure
= A general failure, an unsupported request, or an invalid parameter at the kernel/native level. The nearby
  lines usually give the specific context.
- Depends on the component; often secondary to an earlier error
> Read back to the first (F) or Error record of the same operation

@ STATUS_INSUFFICIENT_RESOURCES STATUS_NO_MEMORY
~ The system ran out of memory or kernel resources
= A kernel allocation failed (memory, pool, handles).
- Memory pressure, a driver leaking pool memory
> Check memory use and pool usage (Task Manager, poolmon); reboot and retry

@ STATUS_BUFFER_TOO_SMALL STATUS_BUFFER_OVERFLOW
~ The buffer was too small (the caller usually retries with a bigger one)
= A query returned more data than the buffer could hold. Callers normally ask again with a larger buffer, so
  this is routine.
- Normal two-step size queries
> Ignore it unless it is the final status of an operation

@ STATUS_PENDING STATUS_TIMEOUT STATUS_NO_MORE_ENTRIES STATUS_NO_MORE_FILES STATUS_CANT_WAIT
~ Status, not failure: pending, timed wait, or end of a list
= Informational or control-flow statuses: an operation is still running, a wait timed out, an enumeration
  reached its end, or a non-blocking call would have to wait.
- Normal control flow in native code
> Nothing to fix unless an operation fails with it as its final status

@ STATUS_DIRECTORY_NOT_EMPTY STATUS_NOT_A_DIRECTORY STATUS_FILE_IS_A_DIRECTORY STATUS_OBJECT_NAME_INVALID STATUS_OBJECT_PATH_SYNTAX_BAD
~ The path or object is of the wrong kind or badly formed
= A file operation failed because the target is (or is not) a directory, the directory is not empty, or the
  name is malformed.
- Leftover folders where files are expected; malformed paths in scripts or manifests
> Look at the path on the line; remove leftovers from earlier attempts after a reboot

@ STATUS_INVALID_IMAGE_HASH
~ A driver or executable failed code-integrity checks
= Code integrity refused to load the image because its hash does not match a trusted signature.
- Unsigned or modified driver; a driver blocked by the vulnerable-driver block list or HVCI
> Check the CodeIntegrity event log for the file; update or remove the driver

@ STATUS_SYSTEM_PROCESS_TERMINATED
~ A critical system process ended (bug check 0xC000021A)
= A critical user-mode process (such as winlogon or csrss) terminated, which stops Windows. After updates this
  is usually caused by mismatched or damaged system files.
- An update or rollback that left system files inconsistent; third-party software hooking system processes
> Boot WinRE: uninstall the latest update, or run SFC/DISM offline against the Windows volume
> Check the dump and the Setup/CBS logs for the update installed just before

@ STATUS_HIVE_UNLOADED
~ A registry hive was unloaded while in use
= An operation used a key in a hive that had already been unloaded (offline hives during servicing or Setup).
- Tools unloading offline hives while another step still uses them
> Retry; check for tools that mount/unmount offline hives at the same time
`;

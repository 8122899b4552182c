// Generic HRESULTs of COM and RPC that servicing and Setup logs print. Written by this project.

export const COM_EXPLANATIONS = `
@ E_FAIL
~ Generic failure with no detail
= The generic HRESULT failure: the component reports that something failed without saying what. CBS logs it
  routinely for telemetry (SQM) uploads, which do not matter.
- Telemetry/SQM upload failures (benign)
- A component that maps several internal failures to one code
> If the line is about SQM or reporting, ignore it
> Otherwise look for a more specific code logged just before by the same component

@ E_UNEXPECTED E_NOTIMPL E_POINTER E_HANDLE E_ABORT E_PENDING
~ Generic COM failure
= Generic HRESULTs that say little by themselves: unexpected state, not implemented, invalid pointer or
  handle, aborted, or still pending.
- Programming-level failures inside a component, usually secondary to another error
> Look for the more specific error logged before it by the same process

@ E_NOINTERFACE
~ Requested COM interface not implemented by the object
= HRESULT 0x80004002: an object was asked for an interface it does not implement. Compatibility scanners log
  it when an optional provider is absent.
- Optional providers missing (benign in appraiser/compatibility logs)
- COM registration damaged or mismatched versions of a component
> If Setup continues, ignore it; otherwise re-register or repair the component named

@ REGDB_E_CLASSNOTREG
~ No COM registration exists for the requested class
= HRESULT 0x80040154: the requested COM class has no registration on this system. CBS logs it when an
  optional assessment component is missing.
- Optional component not installed (benign)
- Broken COM registration after a failed install or cleanup
> Ignore it for SQM / assessment lines; otherwise repair the product that owns the class

@ CO_E_NOTINITIALIZED RPC_E_TOO_LATE CACHE_E_NOCACHE_UPDATED
~ COM housekeeping result, rarely the cause of a failure
= COM was not initialised for the calling thread, security was already set up (too late to change), or a
  cached item was not refreshed. Setup and telemetry components log these and continue.
- Helper code running on threads without COM initialisation, or initialised twice
> Treat as noise unless the operation ends with the same code

@ CO_E_SERVER_EXEC_FAILURE RPC_S_CALL_FAILED RPC_E_DISCONNECTED RPC_E_SERVERFAULT
~ A COM/RPC server failed to start or the call failed
= The process providing a COM service did not start or the call to it broke off. For Windows Update and
  servicing clients this often means the service crashed or hung.
- Service crash (check the Application log), or the service was stopped mid-call
- Damaged service registration
> Check the Application and System logs for a crash or service failure at the same time
> Restart the service or reboot, then retry
`;

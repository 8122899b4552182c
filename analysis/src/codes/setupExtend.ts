// The extend code Windows Setup prints after its result (`0xC1900101-0x2000C`): the first hex
// digit is the phase, the other four the operation that was running. Names are facts from the
// "Extend codes" tables of Microsoft's Windows upgrade-error-codes article (windows-itpro-docs,
// upgrade/upgrade-error-codes.md); Setup's own spelling `INSTALL_DRVIERS` is kept as printed there.

const PHASES = ['UNKNOWN', 'DOWNLEVEL', 'SAFE_OS', 'FIRST_BOOT', 'OOBE_BOOT', 'UNINSTALL'];

const OPERATIONS = [
  'UNKNOWN', 'COPY_PAYLOAD', 'DOWNLOAD_UPDATES', 'INSTALL_UPDATES', 'INSTALL_RECOVERY_ENVIRONMENT',
  'INSTALL_RECOVERY_IMAGE', 'REPLICATE_OC', 'INSTALL_DRVIERS', 'PREPARE_SAFE_OS', 'PREPARE_ROLLBACK',
  'PREPARE_FIRST_BOOT', 'PREPARE_OOBE_BOOT', 'APPLY_IMAGE', 'MIGRATE_DATA', 'SET_PRODUCT_KEY', 'ADD_UNATTEND',
  'ADD_DRIVER', 'ENABLE_FEATURE', 'DISABLE_FEATURE', 'REGISTER_ASYNC_PROCESS', 'REGISTER_SYNC_PROCESS',
  'CREATE_FILE', 'CREATE_REGISTRY', 'BOOT', 'SYSPREP', 'OOBE', 'BEGIN_FIRST_BOOT', 'END_FIRST_BOOT',
  'BEGIN_OOBE_BOOT', 'END_OOBE_BOOT', 'PRE_OOBE', 'POST_OOBE', 'ADD_PROVISIONING_PACKAGE',
];

export interface SetupExtend {
  phase: number;
  phaseName?: string;
  operation: number;
  operationName?: string;
}

/** `0x2000C` -> phase 2 SP_EXECUTION_SAFE_OS, operation 0xC SP_EXECUTION_OP_APPLY_IMAGE. */
export function readSetupExtend(value: number): SetupExtend {
  const phase = (value >>> 16) & 0xf;
  const operation = value & 0xffff;
  const p = PHASES[phase];
  const o = OPERATIONS[operation];
  return {
    phase,
    phaseName: p && `SP_EXECUTION_${p}`,
    operation,
    operationName: o && `SP_EXECUTION_OP_${o}`,
  };
}

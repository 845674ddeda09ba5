// electron-builder afterPack hook: flips the Electron fuses of the packaged binary.
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** No run-as-node, no NODE_OPTIONS, no inspector flags; the app loads only from its checked asar. */
const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: false,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** Path of the packaged Electron executable (the .app bundle on macOS). */
function electronExecutable(context) {
  const platform = context.electronPlatformName;
  const { productFilename } = context.packager.appInfo;
  if (platform === 'darwin' || platform === 'mas') return `${context.appOutDir}/${productFilename}.app`;
  if (platform === 'win32') return `${context.appOutDir}/${productFilename}.exe`;
  return `${context.appOutDir}/${context.packager.executableName ?? productFilename}`;
}

/** Flips the fuses on the packaged app. */
async function afterPack(context) {
  // Arch 3 is arm64 in electron-builder's enum: Apple silicon needs the ad-hoc signature reset.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === 3;
  await flipFuses(electronExecutable(context), { ...FUSES, resetAdHocDarwinSignature });
}

module.exports = { default: afterPack, FUSES, electronExecutable };

import packageJson from '../../package.json' with { type: 'json' };

export const mlgateVersion: string = packageJson.version;

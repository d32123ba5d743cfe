/** Where Electron's runtime is installed, or null where it was never downloaded. */
export function electronBinary(): string | null;

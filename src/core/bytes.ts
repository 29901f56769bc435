const MB = 1024 * 1024;

/** A size for a message: "20 MB", "1.5 MB", "800 kB", "512 bytes" (one decimal only below 10 MB, and not ".0"). */
export function formatBytes(n: number): string {
  if (n >= MB) {
    const v = n / MB;
    return `${v >= 10 || Number.isInteger(v) ? Math.round(v) : v.toFixed(1)} MB`;
  }
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}

/** A grid cell's text that keeps the whole of itself in a tooltip when its column cuts it short. */
export function TitledCell({ value }: { value?: string | null }) {
  return value ? <span title={value}>{value}</span> : null;
}

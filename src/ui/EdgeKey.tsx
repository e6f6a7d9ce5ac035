/** How relation lines are drawn: style and arrow, never colour alone. */
export function EdgeKey() {
  return (
    <ul className="edge-key" aria-label="Line styles">
      <li>
        <span className="edge-sample solid" aria-hidden="true" /> relation (arrow: direction)
      </li>
      <li>
        <span className="edge-sample dashed" aria-hidden="true" /> opposition, accusation
      </li>
      <li>
        <span className="edge-sample dotted" aria-hidden="true" /> divergence
      </li>
    </ul>
  );
}

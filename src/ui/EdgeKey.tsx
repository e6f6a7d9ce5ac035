/** How relation lines are drawn: style and arrow, never colour alone. */
export function EdgeKey() {
  return (
    <ul className="edge-key" aria-label="Line styles">
      <li>
        <span className="edge-sample solid" aria-hidden="true" /> relation (the arrow shows its direction)
      </li>
      <li>
        <span className="edge-sample dashed" aria-hidden="true" /> opposition or accusation
      </li>
      <li>
        <span className="edge-sample dotted" aria-hidden="true" /> ideological divergence
      </li>
    </ul>
  );
}

// Diagram PNGs for the remix decks: none yet (the decks name each diagram in the speaker notes).
export async function diagramImages() {
  return new Map();
}

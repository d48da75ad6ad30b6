// Lays a deck plan out as a PowerPoint file with pptxgenjs (16:9, one text box per slide, speaker
// notes), so instructors get an editable deck per module instead of a publisher's locked one.
import PptxGenJS from 'pptxgenjs';
import type { PlannedSlide } from './deck-plan';

/** A diagram drawn as a PNG: `data` is pptxgenjs's 'image/png;base64,…', the size in pixels. */
export interface DiagramImage {
  data: string;
  width: number;
  height: number;
  /** The diagram's title (its SVG <title>), the picture's alternative text. */
  alt: string;
}

export interface DeckOptions {
  title: string;
  /** Diagrams by name; a diagram without an image is named in the speaker notes instead. */
  diagramImages?: ReadonlyMap<string, DiagramImage>;
}

/** The largest box of the image's shape that fits in w × h inches. */
function fittedSize(image: DiagramImage, w: number, h: number) {
  const scale = Math.min(w / image.width, h / image.height);
  return { w: image.width * scale, h: image.height * scale };
}

const INK = '1F2933';
const ACCENT = '1D4E89';
/** Long bullets (an activity, a discussion prompt) shrink so they stay on the slide. */
const fontSizeFor = (bullets: readonly string[]) => {
  const chars = bullets.join(' ').length;
  return chars > 900 ? 12 : chars > 500 ? 14 : chars > 250 ? 18 : 20;
};

export async function pptxDeck(slides: readonly PlannedSlide[], options: DeckOptions): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = options.title;
  pptx.author = 'One Voice contributors';
  for (const planned of slides) {
    const slide = pptx.addSlide();
    slide.addText(planned.title, { x: 0.5, y: 0.3, w: 12.3, h: 0.9, fontSize: 30, bold: true, color: ACCENT });
    let top = 1.3;
    if (planned.lead) {
      slide.addText(planned.lead, { x: 0.5, y: top, w: 12.3, h: 0.8, fontSize: 16, italic: true, color: INK });
      top += 0.9;
    }
    const image = planned.diagrams.map((d) => options.diagramImages?.get(d)).find(Boolean);
    const textWidth = image ? 7.3 : 12.3;
    if (planned.bullets.length > 0) {
      slide.addText(
        planned.bullets.map((text) => ({ text, options: { bullet: planned.bullets.length > 1 } })),
        {
          x: 0.5,
          y: top,
          w: textWidth,
          h: 7.1 - top,
          fontSize: fontSizeFor(planned.bullets),
          color: INK,
          valign: 'top',
          paraSpaceAfter: 6,
        },
      );
    }
    if (image)
      slide.addImage({ data: image.data, altText: image.alt, x: 8.1, y: top, ...fittedSize(image, 4.7, 7.1 - top) });
    const missing = planned.diagrams.filter((d) => !options.diagramImages?.has(d));
    const notes = [planned.notes, ...missing.map((d) => `Diagram on the lesson page: ${d}.`)]
      .filter(Boolean)
      .join('\n\n');
    if (notes) slide.addNotes(notes);
  }
  const out = await pptx.write({ outputType: 'uint8array' });
  return out as Uint8Array;
}

// What a page tells the components it renders, through Astro.locals (one render, one page).
declare namespace App {
  interface Locals {
    /**
     * Set by the print-only book layout (src/components/print/PrintLayout.astro): lesson components
     * render for paper. ExerciseEmbed names its exercise instead of drawing it; KeyTakeaways is a plain
     * box, not a landmark (a book holds many of them).
     */
    printBook?: boolean;
  }
}

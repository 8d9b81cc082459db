import { describe, expect, it } from "vitest";
import { figureLine } from "./caption.js";
import { readHtml } from "./index.js";

describe("figureLine", () => {
  it("drops a figure's labels, controls and counters", () => {
    for (const t of [
      "Image copyright",
      "Image caption",
      "Caption",
      "Credit",
      "Back to Gallery",
      "toggle caption",
      "1 / 9",
      "3of4",
      "6",
      "This slideshow requires JavaScript.",
    ])
      expect(figureLine(t)).toBeUndefined();
  });

  it("cuts a screen-reader label glued to the caption", () => {
    expect(figureLine("Media captionWho runs the harbour board?")).toEqual({ role: "caption", text: "Who runs the harbour board?" });
    expect(figureLine("Image caption The ferry at dawn")).toEqual({ role: "caption", text: "The ferry at dawn" });
  });

  it("reads credits as credits", () => {
    for (const t of [
      "Credit: Ann Lee",
      "(Credit: Ann Lee / Harbour Post)",
      "Photo courtesy of the Harbour Board",
      "Illustration by Wren Aldous",
      "(Image: GETTY)",
      ": Ann Lee/PA Wire",
      "Getty Images",
      "Shutterstock",
      "Ann Lee/Harbour Post",
      "Ann Lee | Getty Images",
      "Ann Lee, AP",
      "ANN LEE FOR THE HARBOUR POST",
      "Foto: Anna Lehmann/dpa",
      "Bild: Anna Lehmann",
      "Crédit photo : Anne Leroy",
      "Quelle: Hafenbehörde",
    ])
      expect(figureLine(t)?.role, t).toBe("credit");
  });

  it("keeps captions, with a credit at their end or a name in them", () => {
    for (const t of [
      "The ferry at dawn. Photo credit: Ann Lee",
      "Harbour master Ann Lee (AFP)",
      "Ann Lee",
      "Ann Lee, Harbour Restoration Trust",
      "Ferries on the 24/7 route",
      "Alexandria Quay: Harbour Lights, 2022",
    ])
      expect(figureLine(t)?.role, t).toBe("caption");
  });
});

describe("readHtml: figures", () => {
  it("gives a figure's caption, its credit and none of its controls", () => {
    const a = readHtml(
      `<html><body><article><h1>Ferry fares rise again</h1><p>${"The harbour board raised fares for the third time this year, citing fuel costs and repairs. ".repeat(4)}</p>` +
        `<figure><img src="f.jpg" alt=""><figcaption><span>Image caption</span> The ferry at dawn <span class="credit">Ann Lee/Harbour Post</span></figcaption><div class="gallery-nav">Back to Gallery</div></figure>` +
        `<p>${"Commuters say the rise will push them back onto the roads, and the council is to review it. ".repeat(4)}</p></article></body></html>`,
    );
    const figure = a.blocks.filter((b) => b.role === "caption" || b.role === "credit").map((b) => [b.role, b.text]);
    expect(figure).toEqual([
      ["caption", "The ferry at dawn"],
      ["credit", "Ann Lee/Harbour Post"],
    ]);
  });
});

/** Types of html-encoding-sniffer 4 (the WHATWG encoding sniffing algorithm; the package ships none). */
declare module 'html-encoding-sniffer' {
  /** The WHATWG name of a page's encoding: its BOM, else the transport label, else its `<meta>` prescan, else `defaultEncoding`. */
  export default function sniffHtmlEncoding(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}

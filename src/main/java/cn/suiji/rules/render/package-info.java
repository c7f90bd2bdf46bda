/** The working rules as a printable document: .docx (POI XWPF) and PDF (PDFBox). */
@NullMarked
package cn.suiji.rules.render;

import org.jspecify.annotations.NullMarked;

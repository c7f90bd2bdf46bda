/** PDF helpers every renderer shares: finding a Chinese font PDFBox can embed, and placing text page by page. */
@NullMarked
package cn.suiji.shared.pdf;

import org.jspecify.annotations.NullMarked;

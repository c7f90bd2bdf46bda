/** PDF helpers every renderer shares: finding a Chinese font PDFBox can embed. */
@NullMarked
package cn.suiji.shared.pdf;

import org.jspecify.annotations.NullMarked;

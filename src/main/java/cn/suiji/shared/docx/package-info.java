/** Word (.docx) helpers every renderer shares: runs with Chinese and Latin fonts, the A4 page. */
@NullMarked
package cn.suiji.shared.docx;

import org.jspecify.annotations.NullMarked;

/** The 交接单 (transmittal) of an exchange batch as .docx and PDF (issue 14). */
@NullMarked
package cn.suiji.exchange.render;

import org.jspecify.annotations.NullMarked;

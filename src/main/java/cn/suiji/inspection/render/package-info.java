/** The announcement, notices and record sheets as .docx and PDF, from templates the county may edit. */
@NullMarked
package cn.suiji.inspection.render;

import org.jspecify.annotations.NullMarked;

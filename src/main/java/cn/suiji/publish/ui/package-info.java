/** Publication of results: the deadlines view (公示期限) and marking results published. */
@NullMarked
package cn.suiji.publish.ui;

import org.jspecify.annotations.NullMarked;

/** Screens of administration: first start, the calendar, the audit log, settings and About. */
@NullMarked
package cn.suiji.admin.ui;

import org.jspecify.annotations.NullMarked;

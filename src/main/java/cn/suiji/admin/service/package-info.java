/** Settings, first-start setup and the audit log, as use cases. */
@NullMarked
package cn.suiji.admin.service;

import org.jspecify.annotations.NullMarked;

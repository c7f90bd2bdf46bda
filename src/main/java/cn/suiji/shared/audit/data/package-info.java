/** jOOQ access to the audit tables. */
@NullMarked
package cn.suiji.shared.audit.data;

import org.jspecify.annotations.NullMarked;

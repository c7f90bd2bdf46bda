/** jOOQ access to settings. */
@NullMarked
package cn.suiji.admin.data;

import org.jspecify.annotations.NullMarked;

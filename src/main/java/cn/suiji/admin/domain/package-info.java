/** The people who operate this installation: their names and role words. */
@NullMarked
package cn.suiji.admin.domain;

import org.jspecify.annotations.NullMarked;

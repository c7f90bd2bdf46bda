/** The figures the home page shows. */
@NullMarked
package cn.suiji.home.data;

import org.jspecify.annotations.NullMarked;

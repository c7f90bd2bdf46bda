/** Publication of results: the jOOQ repository of the publication records (PUBLICATION). */
@NullMarked
package cn.suiji.publish.data;

import org.jspecify.annotations.NullMarked;

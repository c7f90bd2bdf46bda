/** jOOQ repositories of the draw: the pool query, stored draws and the inspections they create. */
@org.jspecify.annotations.NullMarked
package cn.suiji.draw.data;

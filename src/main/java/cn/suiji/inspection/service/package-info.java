/** Inspections: the service layer (created by a confirmed draw, moved along their lifecycle). */
@NullMarked
package cn.suiji.inspection.service;

import org.jspecify.annotations.NullMarked;

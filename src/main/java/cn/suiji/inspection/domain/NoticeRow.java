package cn.suiji.inspection.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One inspection of a draw as the notice list shows it: its place in the draw, the target's name
 * and code (credit code, else registration number, else object key), the notice in force (none
 * before the first issue or after a void until the replacement), the inspection's status and,
 * once delivered, the day and the method of delivery.
 */
public record NoticeRow(
    long inspectionId,
    int drawOrder,
    String targetName,
    String targetCode,
    @Nullable Long noticeId,
    @Nullable String noticeNumber,
    @Nullable LocalDate issuedOn,
    InspectionStatus status,
    @Nullable LocalDate deliveredOn,
    @Nullable DeliveryMethod deliveryMethod) {}

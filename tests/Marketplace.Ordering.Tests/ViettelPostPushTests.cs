using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Shipments.ViettelPost;

namespace Marketplace.Ordering.Tests;

/// <summary>Viettel Post's status numbers read into our steps, and its times (day first, Vietnam's clock) read as it writes them.</summary>
public sealed class ViettelPostPushTests
{
    [Theory]
    [InlineData(-100, ShipmentStep.Booked)]
    [InlineData(104, ShipmentStep.Booked)]
    [InlineData(105, ShipmentStep.PickedUp)]
    [InlineData(200, ShipmentStep.PickedUp)]
    [InlineData(300, ShipmentStep.Other)] // sorting between its offices
    [InlineData(509, ShipmentStep.Other)]
    [InlineData(500, ShipmentStep.OutForDelivery)]
    [InlineData(550, ShipmentStep.OutForDelivery)]
    [InlineData(501, ShipmentStep.Delivered)]
    [InlineData(505, ShipmentStep.DeliveryFailed)]
    [InlineData(506, ShipmentStep.DeliveryFailed)]
    [InlineData(507, ShipmentStep.DeliveryDelayed)] // the shopper collects it at the post office
    [InlineData(-108, ShipmentStep.Booked)]
    [InlineData(502, ShipmentStep.Returning)]
    [InlineData(515, ShipmentStep.Returning)]
    [InlineData(504, ShipmentStep.Returned)]
    [InlineData(101, ShipmentStep.Cancelled)]
    [InlineData(107, ShipmentStep.Cancelled)]
    [InlineData(201, ShipmentStep.Cancelled)]
    [InlineData(503, ShipmentStep.Other)] // destroyed at the customer's request: for the admins to read
    [InlineData(999, ShipmentStep.Other)]
    public void EachStatusNumber_IsItsStep(int status, ShipmentStep step) => Assert.Equal(step, ViettelPostCallbackHandler.StepOf(status));

    [Theory]
    [InlineData("35", ShipmentStep.DeliveryDelayed)] // the shopper asked for another day
    [InlineData("37", ShipmentStep.DeliveryDelayed)] // the courier put it off
    [InlineData("36", ShipmentStep.DeliveryFailed)] // no one answered
    [InlineData(null, ShipmentStep.DeliveryFailed)]
    public void AFailedAttempt_PutOffToAnotherDay_IsADelay(string? reason, ShipmentStep step) =>
        Assert.Equal(step, ViettelPostCallbackHandler.StepOf(506, reason));

    [Theory]
    [InlineData("10/11/2025 11:07:16", "2025-11-10T04:07:16Z")]
    [InlineData("1/2/2026 9:05:00", "2026-02-01T02:05:00Z")]
    [InlineData("2026-02-01T09:05:00+07:00", "2026-02-01T02:05:00Z")]
    public void ItsTimes_AreReadDayFirst_InVietnam(string written, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), ViettelPostCallbackHandler.When(written));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("13/13/2025 11:07:16")]
    [InlineData("2026-13-45")]
    [InlineData("hôm qua")]
    [InlineData("01/01/0001 00:00:00")]
    public void ATimeNotWrittenItsWay_IsNotRead(string? written) => Assert.Null(ViettelPostCallbackHandler.When(written));
}

using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Marketplace.SharedKernel.Diagnostics;

/// <summary>
/// The marketplace's own traces and metrics, for what the libraries' instrumentation cannot see:
/// outbox deliveries and background jobs. The host exports them (OpenTelemetry) with the rest;
/// without a listener they cost nothing.
/// </summary>
public static class MarketplaceTelemetry
{
    public const string Name = "Marketplace";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> OutboxDeliveries = Meter.CreateCounter<long>(
        "marketplace.outbox.deliveries", "{message}", "Outbox messages handed to their handlers, by module, event and outcome.");

    private static readonly Histogram<double> OutboxDeliveryDuration = Meter.CreateHistogram<double>(
        "marketplace.outbox.delivery.duration", "s", "How long delivering one outbox message to all its handlers took.");

    private static readonly Histogram<double> OutboxDeliveryDelay = Meter.CreateHistogram<double>(
        "marketplace.outbox.delivery.delay", "s", "From the change that raised an event to its delivery: how far the outbox lags.");

    private static readonly Counter<long> JobRuns = Meter.CreateCounter<long>(
        "marketplace.job.runs", "{run}", "Background job rounds this instance ran as the job's leader, by job and outcome.");

    /// <summary>One delivery's outcome: "delivered", "failed", or "lapsed" (another instance took it over).</summary>
    public static void RecordOutboxDelivery(string module, string eventName, string outcome, TimeSpan duration, TimeSpan delay)
    {
        var tags = new TagList { { "marketplace.module", module }, { "marketplace.event", eventName }, { "marketplace.outcome", outcome } };
        OutboxDeliveries.Add(1, tags);
        OutboxDeliveryDuration.Record(duration.TotalSeconds, tags);
        if (outcome == "delivered")
        {
            OutboxDeliveryDelay.Record(Math.Max(0, delay.TotalSeconds), new TagList { { "marketplace.module", module }, { "marketplace.event", eventName } });
        }
    }

    public static void RecordJobRun(string job, string outcome) =>
        JobRuns.Add(1, new TagList { { "marketplace.job", job }, { "marketplace.outcome", outcome } });

    /// <summary>Marks a span failed the way OpenTelemetry's conventions read it.</summary>
    public static void Fail(Activity? activity, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity?.SetTag("error.type", exception.GetType().FullName);
    }
}

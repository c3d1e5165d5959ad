using System.Diagnostics;

namespace Marketplace.Benchmarks;

/// <summary>A closed-loop load: <c>concurrency</c> clients, each sending its next request as soon as the last one answered.</summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(HttpClient client, Func<int, string> url, int concurrency, TimeSpan warmUp, TimeSpan duration)
    {
        await LoopAsync(client, url, concurrency, warmUp, null);
        var latencies = new List<double>();
        var errors = await LoopAsync(client, url, concurrency, duration, latencies);
        latencies.Sort();
        return new LoadResult(
            latencies.Count / duration.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            Percentile(latencies, 0.99),
            latencies.Count,
            errors);
    }

    private static async Task<int> LoopAsync(HttpClient client, Func<int, string> url, int concurrency, TimeSpan duration, List<double>? latencies)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var errors = 0;
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = new List<double>();
            for (var n = worker; Stopwatch.GetTimestamp() < end; n += concurrency)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url(n));
                await response.Content.LoadIntoBufferAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return mine;
        }));
        foreach (var mine in await Task.WhenAll(workers))
        {
            latencies?.AddRange(mine);
        }

        return errors;
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

internal sealed record LoadResult(double RequestsPerSecond, double Median, double P95, double P99, int Requests, int Errors);

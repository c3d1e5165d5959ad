using System.Diagnostics;

namespace Marketplace.Benchmarks;

/// <summary>A closed-loop load: <c>concurrency</c> clients, each sending its next request as soon as the last one answered.</summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(HttpClient client, Func<int, string> url, int concurrency, TimeSpan warmUp, TimeSpan duration)
    {
        var send = Get(client, url);
        await MeasureAsync(send, concurrency, warmUp);
        return (await MeasureAsync(send, concurrency, duration)).Result();
    }

    /// <summary>Sends the <c>n</c>th GET of <paramref name="url"/> and reads its whole answer; true when it succeeded.</summary>
    public static Func<int, Task<bool>> Get(HttpClient client, Func<int, string> url) => async n =>
    {
        using var response = await client.GetAsync(url(n));
        await response.Content.LoadIntoBufferAsync();
        return response.IsSuccessStatusCode;
    };

    /// <summary>
    /// Every request's latency over <paramref name="duration"/>, <paramref name="concurrency"/>
    /// workers each sending its next as soon as the last answered.
    /// </summary>
    public static async Task<Sample> MeasureAsync(Func<int, Task<bool>> send, int concurrency, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var errors = 0;
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = new List<double>();
            for (var n = worker; Stopwatch.GetTimestamp() < end; n += concurrency)
            {
                var start = Stopwatch.GetTimestamp();
                bool succeeded;
                try
                {
                    succeeded = await send(n);
                }
                catch (HttpRequestException)
                {
                    succeeded = false;
                }

                if (!succeeded)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return mine;
        }));
        var latencies = new List<double>();
        foreach (var mine in await Task.WhenAll(workers))
        {
            latencies.AddRange(mine);
        }

        return new Sample(latencies, errors, duration);
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

/// <summary>The latencies of one or more measured stretches, and their errors.</summary>
internal sealed record Sample(List<double> Latencies, int Errors, TimeSpan Duration)
{
    public static Sample Combine(IEnumerable<Sample> samples)
    {
        var all = samples.ToList();
        return new Sample(
            [.. all.SelectMany(s => s.Latencies)],
            all.Sum(s => s.Errors),
            TimeSpan.FromTicks(all.Sum(s => s.Duration.Ticks)));
    }

    public LoadResult Result()
    {
        var sorted = Latencies.Order().ToList();
        return new LoadResult(
            sorted.Count / Duration.TotalSeconds,
            LoadGenerator.Percentile(sorted, 0.50),
            LoadGenerator.Percentile(sorted, 0.95),
            LoadGenerator.Percentile(sorted, 0.99),
            sorted.Count,
            Errors);
    }
}

internal sealed record LoadResult(double RequestsPerSecond, double Median, double P95, double P99, int Requests, int Errors);

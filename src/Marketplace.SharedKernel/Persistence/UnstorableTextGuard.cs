using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// Text no database of ours can hold the same way: PostgreSQL refuses a NUL character outright
/// (a server error, so a 500), SQLite keeps it silently, and a lone UTF-16 surrogate cannot be
/// written as UTF-8 at all. Every command of every module's DbContext passes here before it
/// runs, whatever sent the text (a JSON field, a form, a query parameter, a CSV line), so such
/// input is refused the same way on every database: <see cref="UnstorableTextException"/>,
/// which the host answers with a 400.
/// </summary>
public sealed class UnstorableTextGuard : DbCommandInterceptor
{
    public static UnstorableTextGuard Instance { get; } = new();

    private UnstorableTextGuard()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            if (parameter.Value is string text && !IsStorable(text))
            {
                throw new UnstorableTextException();
            }
        }
    }

    public static bool IsStorable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Text with a NUL character or a broken UTF-16 surrogate: bad input, answered with a 400.</summary>
public sealed class UnstorableTextException : Exception
{
    public UnstorableTextException()
        : base("The request holds text with a NUL character or an invalid Unicode surrogate, which cannot be stored.")
    {
    }

    public UnstorableTextException(string message)
        : base(message)
    {
    }

    public UnstorableTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Marketplace.SharedKernel.Results;

/// <summary>Lets pipeline behaviours see whether a response is a failure without knowing its value type.</summary>
public interface IResultOutcome
{
    bool IsSuccess { get; }

    Error? Error { get; }
}

/// <summary>The outcome of a command or query: a value, or an expected <see cref="Results.Error"/>.</summary>
public sealed class Result<T> : IResultOutcome
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    public bool IsSuccess => Error is null;

    public Error? Error { get; }

    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"No value: the result failed with '{Error!.Code}'.");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

#pragma warning disable CA2225 // The named factories above are the alternates.
    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
#pragma warning restore CA2225
}

/// <summary>Marks success for commands that return nothing else.</summary>
public readonly record struct Done
{
    public static readonly Done Value;
}

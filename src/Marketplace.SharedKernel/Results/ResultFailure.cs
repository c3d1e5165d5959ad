using System.Reflection;

namespace Marketplace.SharedKernel.Results;

/// <summary>
/// Builds a failed <c>Result&lt;T&gt;</c> for a response type known only as a generic argument,
/// as the validation behaviour needs. The factory is looked up once per response type.
/// </summary>
public static class ResultFailure<TResponse>
{
    private static readonly Func<Error, TResponse>? Factory = CreateFactory();

    public static bool IsResult => Factory is not null;

    public static TResponse Create(Error error) =>
        Factory is null
            ? throw new InvalidOperationException($"{typeof(TResponse)} is not a Result<T>.")
            : Factory(error);

    private static Func<Error, TResponse>? CreateFactory()
    {
        var type = typeof(TResponse);
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Result<>))
        {
            return null;
        }

        var method = type.GetMethod(nameof(Result<int>.Failure), BindingFlags.Public | BindingFlags.Static)!;
        return method.CreateDelegate<Func<Error, TResponse>>();
    }
}

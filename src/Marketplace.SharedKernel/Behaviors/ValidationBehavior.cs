using FluentValidation;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.SharedKernel.Behaviors;

/// <summary>
/// Runs every FluentValidation validator of a message before its handler. A failure becomes a
/// <see cref="ErrorType.Validation"/> result, which the web edge turns into 400 problem details
/// (or messages beside the page's fields). Messages are in the request's UI culture.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count == 0)
        {
            return await next(message, cancellationToken);
        }

        var fields = failures
            .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        if (ResultFailure<TResponse>.IsResult)
        {
            return ResultFailure<TResponse>.Create(Error.Validation(fields));
        }

        throw new ValidationException(failures);
    }
}

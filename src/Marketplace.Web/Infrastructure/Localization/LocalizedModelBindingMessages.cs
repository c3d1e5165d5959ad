using Marketplace.SharedKernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Localization;

/// <summary>MVC's model-binding messages ("The value 'x' is not valid") in the request's language.</summary>
internal sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = factory.Create(typeof(SharedText));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => text["validation.invalidvalue", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => text["validation.invalidvalue", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["validation.invalidvalue", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => text["validation.valuemissing"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["validation.valuemissing"]);
        messages.SetValueMustNotBeNullAccessor(_ => text["validation.valuemissing"]);
        messages.SetMissingBindRequiredValueAccessor(_ => text["validation.valuemissing"]);
        messages.SetMissingKeyOrValueAccessor(() => text["validation.valuemissing"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["validation.valuemissing"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["validation.valuemissing"]);
        messages.SetValueMustBeANumberAccessor(_ => text["validation.valuemissing"]);
    }
}

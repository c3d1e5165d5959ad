using Marketplace.SharedKernel.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Marketplace.SharedKernel.Web;

/// <summary>
/// Binds a form's amount of đồng (<c>long</c> or <c>long?</c>) the way people type it
/// (<see cref="VndAmount"/>: "450.000", "450000", "450k"), and says so in the person's language
/// when it cannot be read, instead of MVC's "The value is not valid" or a silent 0.
/// </summary>
public sealed class VndAmountBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue;
        var nullable = Nullable.GetUnderlyingType(bindingContext.ModelType) is not null;
        if (string.IsNullOrWhiteSpace(text) && nullable)
        {
            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }

        if (VndAmount.TryParse(text, out var amount))
        {
            bindingContext.Result = ModelBindingResult.Success(amount);
            return Task.CompletedTask;
        }

        var localizer = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedText));
        var message = string.IsNullOrWhiteSpace(text) ? localizer["amount.missing"] : localizer["amount.invalid", text.Trim()];

        // A property (Input.UnitPriceVnd) has its field's message beside it; a handler's own
        // parameter (priceVnd) has none, so its message goes above the form.
        var key = bindingContext.ModelName.Contains('.', StringComparison.Ordinal) ? bindingContext.ModelName : string.Empty;
        bindingContext.ModelState.TryAddModelError(key, message);
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}

/// <summary>Marks a page's amount of đồng: bound by <see cref="VndAmountBinder"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class VndAmountAttribute : ModelBinderAttribute
{
    public VndAmountAttribute()
        : base(typeof(VndAmountBinder))
    {
    }
}

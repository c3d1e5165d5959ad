using Marketplace.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.SharedKernel.Web;

public static class ModelStateErrors
{
    /// <summary>Shows a command's failure beside the fields it names, or above the form.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, Error error, string prefix, Func<string, string>? fieldOf = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Fields is null || error.Fields.Count == 0)
        {
            modelState.AddModelError(string.Empty, error.Message);
            return;
        }

        foreach (var (field, messages) in error.Fields)
        {
            foreach (var message in messages)
            {
                // No prefix (the page's own properties): the field alone, as asp-validation-for names it.
                var name = fieldOf is null ? field : fieldOf(field);
                modelState.AddModelError(prefix.Length == 0 ? name : $"{prefix}.{name}", message);
            }
        }
    }
}

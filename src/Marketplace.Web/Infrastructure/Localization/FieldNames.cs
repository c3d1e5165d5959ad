using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Resources;
using FluentValidation;
using Marketplace.SharedKernel;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Marketplace.Web.Infrastructure.Localization;

/// <summary>
/// A field is named in messages by its label in the reader's language ("field.trackingnumber":
/// "Mã vận đơn"), never by its C# name: FluentValidation would say "'Tracking Number' không được
/// rỗng.", and MVC's implicit [Required] on a non-nullable string "The LegalName field is
/// required.". One table, the "field.*" texts, serves both; a field without one keeps the
/// validator's own wording (or its WithName).
/// </summary>
internal sealed class FieldNames : IDisplayMetadataProvider, IValidationMetadataProvider
{
    private static readonly ResourceManager Texts = new("Marketplace.SharedKernel.Resources.SharedText", typeof(SharedText).Assembly);

    public static string? Label(string member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Texts.GetString("field." + member.ToLowerInvariant(), CultureInfo.CurrentUICulture);
    }

    /// <summary>Names FluentValidation's fields (a process-wide setting of the library, set once).</summary>
    public static void UseForValidators() =>
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : Label(member.Name);

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key.Name is { } name && context.DisplayMetadata.DisplayName is null && Label(name) is not null)
        {
            context.DisplayMetadata.DisplayName = () => Label(name) ?? name;
        }
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The [Required] MVC adds by itself to a non-nullable string has no message of ours.
        foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
        {
            if (required.ErrorMessage is null && required.ErrorMessageResourceName is null)
            {
                required.ErrorMessage = "validation.required";
            }
        }
    }
}
